using System.Linq;

namespace SupplyRisk.Diagnostics;

/// <summary>
/// A value from the input as an error message quotes it: at most a short prefix, with control characters (tabs, line
/// breaks) shown as '?', so that the message stays one readable line whatever the input holds.
/// </summary>
internal static class QuotedText
{
    /// <summary>The first <paramref name="maximum"/> characters of <paramref name="text"/>, printable, with "…" when cut.</summary>
    public static string Prefix(string? text, int maximum)
    {
        string value = text ?? string.Empty;
        string head = value.Length <= maximum ? value : value.Substring(0, maximum);
        if (head.Any(char.IsControl))
        {
            head = new string(head.Select(c => char.IsControl(c) ? '?' : c).ToArray());
        }

        return value.Length <= maximum ? head : head + "…";
    }
}
