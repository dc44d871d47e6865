using System.Collections.Generic;
using System.Linq;
using System;
using SupplyRisk.Data;

namespace SupplyRisk.Geography;

/// <summary>
/// The ISO 3166-1 list of officially assigned country codes (plus XK, Kosovo: a user-assigned code the EU criticality
/// studies and the World Bank use), embedded in the package
/// (see <c>Geography/Iso3166Table.cs</c> for its source). Loaded once, immutable, thread-safe.
/// </summary>
public static class Iso3166
{
    private static readonly Lazy<Registry> Data = new(Load, isThreadSafe: true);

    /// <summary>Every officially assigned country, and Kosovo (XK), ordered by alpha-2 code.</summary>
    public static IReadOnlyList<Country> Countries => Data.Value.Ordered;

    /// <summary>Finds a country by its alpha-2 or alpha-3 code, ignoring case.</summary>
    /// <returns><see langword="true"/> when the code is officially assigned.</returns>
    public static bool TryGet(string? code, out Country country)
    {
        country = null!;
        if (code is null)
        {
            return false;
        }

        string key = code.Trim().ToUpperInvariant();
        Registry registry = Data.Value;
        if (key.Length == 2)
        {
            return registry.ByAlpha2.TryGetValue(key, out country!);
        }

        return key.Length == 3 && registry.ByAlpha3.TryGetValue(key, out country!);
    }

    /// <summary>Finds a country by its code.</summary>
    /// <exception cref="ArgumentException">The code is not an officially assigned ISO 3166-1 code.</exception>
    public static Country Get(CountryCode code)
    {
        if (code.IsRestOfWorld || !TryGet(code.Value, out Country country))
        {
            throw new ArgumentException($"'{code}' is not an ISO 3166-1 country.", nameof(code));
        }

        return country;
    }

    private static Registry Load()
    {
        var byAlpha2 = new Dictionary<string, Country>(StringComparer.Ordinal);
        var byAlpha3 = new Dictionary<string, Country>(StringComparer.Ordinal);
        foreach (string row in Iso3166Table.Rows)
        {
            string[] fields = row.Split('|');
            string alpha2 = fields[0];
            string alpha3 = fields[1];
            if (fields.Length != 4 || !CountryCode.IsWellFormedAlpha2(alpha2) || alpha3.Length != 3 || byAlpha2.ContainsKey(alpha2) || byAlpha3.ContainsKey(alpha3))
            {
                throw new InvalidOperationException($"The built-in ISO 3166-1 table has a malformed or duplicate row '{row}' (a packaging defect).");
            }

            var country = new Country(CountryCode.Unchecked(alpha2), alpha3, fields[2], fields[3]);
            byAlpha2.Add(alpha2, country);
            byAlpha3.Add(alpha3, country);
        }

        return new Registry(byAlpha2, byAlpha3, byAlpha2.Values.OrderBy(c => c.Code.Value, StringComparer.Ordinal).ToArray());
    }

    private sealed class Registry
    {
        public Registry(Dictionary<string, Country> byAlpha2, Dictionary<string, Country> byAlpha3, Country[] ordered)
        {
            ByAlpha2 = byAlpha2;
            ByAlpha3 = byAlpha3;
            Ordered = Array.AsReadOnly(ordered);
        }

        public Dictionary<string, Country> ByAlpha2 { get; }

        public Dictionary<string, Country> ByAlpha3 { get; }

        public IReadOnlyList<Country> Ordered { get; }
    }
}
