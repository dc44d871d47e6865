using System.Text;
using System;
using SupplyRisk.Data;
using SupplyRisk.Diagnostics;

namespace SupplyRisk.Parts;

/// <summary>
/// Harmonized System codes as SupplyRisk reads them: 2 to 10 digits (chapter, heading, subheading and national lines),
/// written with or without dots and spaces (<c>8703.80</c>, <c>8507 60</c>, <c>850760</c>) and kept as digits only. A
/// tariff scoped by HS code covers a part whose code starts with it (heading <c>8507</c> covers <c>850760</c>).
/// </summary>
public static class HsCodes
{
    /// <summary>What an HS code looks like, for error messages.</summary>
    public const string Expected = "2 to 10 digits, dots and spaces allowed, e.g. 8703.80";

    /// <summary>The code as digits only.</summary>
    /// <exception cref="ArgumentException">The text is not an HS code.</exception>
    public static string Normalise(string text) =>
        TryNormalise(text, out string digits) ? digits : throw new ArgumentException($"'{QuotedText.Prefix(text, 20)}' is not an HS code ({Expected}).", nameof(text));

    /// <summary>The code as digits only, without throwing.</summary>
    public static bool TryNormalise(string? text, out string digits)
    {
        digits = string.Empty;
        if (text is null)
        {
            return false;
        }

        var result = new StringBuilder(10);
        foreach (char c in text.Trim())
        {
            if (c >= '0' && c <= '9')
            {
                result.Append(c);
            }
            else if (c != '.' && c != ' ')
            {
                return false;
            }
        }

        if (result.Length < 2 || result.Length > 10)
        {
            return false;
        }

        digits = result.ToString();
        return true;
    }

    /// <summary>Whether <paramref name="code"/> (digits) falls under <paramref name="prefix"/> (digits).</summary>
    public static bool Covers(string prefix, string? code) =>
        code is not null && code.StartsWith(prefix ?? throw new ArgumentNullException(nameof(prefix)), StringComparison.Ordinal);
}
