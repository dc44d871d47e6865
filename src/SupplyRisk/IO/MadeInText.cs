using System;
using System.Collections.Generic;
using System.Globalization;
using SupplyRisk.Geography;
using SupplyRisk.Materials;

namespace SupplyRisk.IO;

/// <summary>
/// Reads where a part is made as the BOM readers write it: one country (<c>CN</c>) or a mix (<c>CN:0.7;JP:0.3</c>,
/// shares summing to 1 within <see cref="CountryShares.SumTolerance"/>, <c>ROW</c> allowed). Shared by the BOM CSV reader
/// and the ERP BOM reader so that both accept the same texts with the same messages.
/// </summary>
internal static class MadeInText
{
    /// <summary>
    /// Parses <paramref name="text"/> (not blank); the shares are read with <paramref name="numbers"/> (the invariant culture,
    /// or a decimal comma for an ERP export). Returns <see langword="null"/> and the problems (sentence fragments without the
    /// column name) when the text is not a valid mix.
    /// </summary>
    public static CountryShares? Parse(string text, NumberFormatInfo numbers, out IReadOnlyList<string> problems)
    {
        var entries = new List<CountryShare>();
        foreach (string item in text.Split(';'))
        {
            string[] pieces = item.Split(':');
            if (!CountryCode.TryParse(pieces[0], out CountryCode country))
            {
                problems = new[] { $"'{pieces[0].Trim()}' is not an ISO 3166-1 country code or ROW" };
                return null;
            }

            double share = 1.0;
            if (pieces.Length > 2 || (pieces.Length == 2 && !double.TryParse(pieces[1], NumberStyles.Float, numbers, out share)))
            {
                problems = new[] { $"'{item.Trim()}' is not CODE or CODE:share" };
                return null;
            }

            entries.Add(new CountryShare(country, share));
        }

        problems = CountryShares.Validate(entries);
        return problems.Count == 0 ? CountryShares.Create(entries) : null;
    }
}
