using System.IO;
using System.Text;
using System;

namespace SupplyRisk.IO;

/// <summary>Opens the CSV files embedded in this assembly under <c>Data/Embedded/</c>.</summary>
internal static class EmbeddedResources
{
    internal const string CountryGroups = "country-groups.csv";
    internal const string Governance = "governance.csv";
    internal const string Materials = "materials.csv";
    internal const string StageShares = "stage-shares.csv";
    internal const string Buyers = "buyers.csv";
    internal const string BuyerSourcing = "buyer-sourcing.csv";
    internal const string EuCrm2023Results = "eu-crm-2023-results.csv";
    internal const string MaterialPrices = "material-prices.csv";
    internal const string MaterialDynamics = "material-dynamics.csv";
    internal const string CoverDefaults = "cover-defaults.csv";

    /// <summary>Opens an embedded file as text; it is a build defect if the file is missing.</summary>
    internal static TextReader Open(string fileName)
    {
        string name = "SupplyRisk.Data.Embedded." + fileName;
        Stream? stream = typeof(EmbeddedResources).Assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            throw new InvalidOperationException($"The embedded resource '{name}' is missing from the SupplyRisk assembly.");
        }

        return new StreamReader(stream, Encoding.UTF8);
    }
}
