using System.Linq;
using System;
using SupplyRisk.Data;
using SupplyRisk.Geography;

namespace SupplyRisk.IO;

/// <summary>
/// The customs unions a policy file or scenario may name as the issuer of a tariff: among the embedded country groups,
/// the EU (its member states apply one common external tariff; G7 and OECD are not customs unions). Members are those
/// of the embedded <c>country-groups.csv</c>.
/// </summary>
internal static class CustomsUnions
{
    private static readonly string[] Ids = { "EU" };

    /// <summary>The customs union named <paramref name="code"/> (exactly, upper case), or null when it names none.</summary>
    public static Buyer? Find(string? code)
    {
        string key = code?.Trim() ?? string.Empty;
        return Ids.Contains(key, StringComparer.Ordinal) ? EmbeddedData.Dataset.GetBuyer(key) : null;
    }
}
