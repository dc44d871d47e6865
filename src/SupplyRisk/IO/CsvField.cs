using System.Globalization;

namespace SupplyRisk.IO;

/// <summary>
/// One CSV field as every CSV this library and its tool write it: RFC 4180 quoting (a field with a comma, quote or
/// line break is quoted, quotes doubled) and, unless asked not to, formula neutralisation as OWASP recommends for CSV
/// opened in spreadsheets: a text field starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage
/// return gets a leading apostrophe, so a part number such as <c>=HYPERLINK(…)</c> reaches Excel as text, not as a
/// formula. Numbers (negative ones included) are left as they are. Thread-safe.
/// </summary>
public static class CsvField
{
    /// <summary>The field, neutralised (unless <paramref name="neutraliseFormulas"/> is false, for machine consumers that want raw values) and quoted.</summary>
    /// <param name="value">The text; null is written as an empty field.</param>
    /// <param name="neutraliseFormulas">Whether to prefix text that a spreadsheet would run as a formula with an apostrophe (default true).</param>
    public static string Escape(string? value, bool neutraliseFormulas = true)
    {
        string field = value ?? string.Empty;
        if (neutraliseFormulas && StartsLikeFormula(field) && !double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            field = "'" + field;
        }

        return field.IndexOfAny(new[] { ',', '"', '\n', '\r' }) < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";
    }

    private static bool StartsLikeFormula(string field) =>
        field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
}
