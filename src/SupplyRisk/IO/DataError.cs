using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace SupplyRisk.IO;

/// <summary>
/// One problem found in reference data, with where it is: the file, the line, and the material,
/// stage and country it concerns when those are known. Immutable.
/// </summary>
public sealed class DataError
{
    /// <summary>Creates a data error.</summary>
    /// <param name="file">The file or stream name the problem was found in.</param>
    /// <param name="line">The 1-based line, or <see langword="null"/> when the problem is not on one line.</param>
    /// <param name="message">What is wrong, as a sentence fragment that follows the location.</param>
    /// <param name="material">The material concerned, if any.</param>
    /// <param name="stage">The supply stage concerned, if any.</param>
    /// <param name="country">The country concerned, if any.</param>
    public DataError(string file, int? line, string message, string? material = null, string? stage = null, string? country = null)
    {
        File = Cap(file, MaximumFieldLength);
        Line = line;
        Message = Cap(message, MaximumMessageLength);
        Material = material is null ? null : Cap(material, MaximumFieldLength);
        Stage = stage is null ? null : Cap(stage, MaximumFieldLength);
        Country = country is null ? null : Cap(country, MaximumFieldLength);
    }

    /// <summary>
    /// The longest message kept, 500 characters: a message that quotes a value from the input (a 1 MB part number)
    /// is cut there, with the number of characters left out, and any line break it quotes becomes a space, so an error
    /// line stays a line.
    /// </summary>
    public const int MaximumMessageLength = 500;

    /// <summary>The longest file name, material, stage or country kept in an error, 200 characters.</summary>
    public const int MaximumFieldLength = 200;

    /// <summary>
    /// The text on one line and at most <paramref name="maximum"/> characters: line breaks, tabs and other control
    /// characters (which a quoted value from the input may hold) become spaces, then the rest is cut.
    /// </summary>
    private static string Cap(string? text, int maximum)
    {
        string value = text ?? string.Empty;
        if (value.Any(char.IsControl))
        {
            value = new string(value.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
        }

        return value.Length <= maximum
            ? value
            : value.Substring(0, maximum) + string.Format(CultureInfo.InvariantCulture, "… ({0:N0} more characters)", value.Length - maximum);
    }

    /// <summary>The file or stream name.</summary>
    public string File { get; }

    /// <summary>The 1-based line, if the problem is on one line.</summary>
    public int? Line { get; }

    /// <summary>What is wrong.</summary>
    public string Message { get; }

    /// <summary>The material concerned, if any.</summary>
    public string? Material { get; }

    /// <summary>The supply stage concerned, if any.</summary>
    public string? Stage { get; }

    /// <summary>The country concerned, if any.</summary>
    public string? Country { get; }

    /// <summary>The location and message on one line, e.g. <c>stage-shares.csv line 12 (material cobalt, stage processing, country XX): unknown country code</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(File);
        if (Line is int line)
        {
            text.Append(" line ").Append(line.ToString(CultureInfo.InvariantCulture));
        }

        var where = new List<string>(3);
        if (Material is not null)
        {
            where.Add("material " + Material);
        }

        if (Stage is not null)
        {
            where.Add("stage " + Stage);
        }

        if (Country is not null)
        {
            where.Add("country " + Country);
        }

        if (where.Count > 0)
        {
            text.Append(" (").Append(string.Join(", ", where)).Append(')');
        }

        return text.Append(": ").Append(Message).ToString();
    }

    /// <summary>
    /// What a constructor's <see cref="ArgumentException"/> says, for a data error: its first line, without the
    /// " (Parameter 'x')" the runtime appends (a file's reader names the file and line instead).
    /// </summary>
    internal static string MessageOf(ArgumentException e)
    {
        string line = e.Message.Split('\n')[0].TrimEnd('\r');
        return e.ParamName is string name && line.EndsWith($" (Parameter '{name}')", StringComparison.Ordinal)
            ? line.Substring(0, line.Length - name.Length - 14)
            : line;
    }
}
