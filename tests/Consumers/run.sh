#!/usr/bin/env bash
# Installs the packages just packed into artifacts/packages into fresh consumer projects and runs them:
#   ConsoleNet10               a net10.0 console app (the package's net10.0 asset)
#   LibraryNetStandard20       a netstandard2.0 library, run by a net10.0 app on the package's netstandard2.0 asset,
#                              then on its net10.0 asset
# SupplyRisk* come only from artifacts/packages (NuGet.Config beside this file), restored into a private packages
# folder from which every SupplyRisk* copy is removed first, so a stale cached package is never used.
set -euo pipefail
cd "$(dirname "$0")"
feed=../../artifacts/packages
packages=../../artifacts/consumer-packages

nupkg=$(ls "$feed"/SupplyRisk.[0-9]*.nupkg 2>/dev/null | head -n 1 || true)
[ -n "$nupkg" ] || { echo "no SupplyRisk package in $feed: run dotnet pack first"; exit 1; }
version=$(basename "$nupkg" .nupkg); version=${version#SupplyRisk.}
echo "consumers: SupplyRisk $version from $feed"

mkdir -p "$packages"
rm -rf "$packages"/supplyrisk "$packages"/supplyrisk.*
rm -rf ConsoleNet10/bin ConsoleNet10/obj LibraryNetStandard20/*/bin LibraryNetStandard20/*/obj

props=(-c Release "-p:SupplyRiskVersion=$version" "-p:RestorePackagesPath=$(cd "$packages" && pwd)")
echo "--- ConsoleNet10 (net10.0 app)"
dotnet build ConsoleNet10/ConsoleNet10.csproj "${props[@]}" -nologo -v:q
dotnet run --project ConsoleNet10/ConsoleNet10.csproj "${props[@]}" --no-build

# The netstandard2.0 library twice: on the package's netstandard2.0 asset (what .NET Framework and .NET 8/9 apps
# load) and on its net10.0 asset (what NuGet gives a .NET 10 app), each from a clean build.
runner=LibraryNetStandard20/Runner/Runner.csproj
for asset in netstandard2.0 net10.0; do
  case $asset in netstandard2.0) expected=".NETStandard,Version=v2.0" ;; net10.0) expected=".NETCoreApp,Version=v10.0" ;; esac
  echo "--- LibraryNetStandard20 (netstandard2.0 library) run by a net10.0 app on SupplyRisk's $asset asset"
  rm -rf LibraryNetStandard20/*/bin LibraryNetStandard20/*/obj
  dotnet build "$runner" "${props[@]}" "-p:SupplyRiskAsset=$asset" -nologo -v:q
  dotnet run --project "$runner" "${props[@]}" "-p:SupplyRiskAsset=$asset" --no-build -- "$expected"
done
