using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System;
using SupplyRisk.Diagnostics;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Sources;

namespace SupplyRisk.IO;

/// <summary>Reads typed fields from a record, reporting each problem with its location instead of throwing.</summary>
internal sealed class FieldReader
{
    private readonly CsvRecord _record;
    private readonly ICollection<DataError> _errors;

    /// <summary>Starts reading a record; its material, stage and country columns (when present and not blank) locate every error on the row.</summary>
    public FieldReader(CsvRecord record, ICollection<DataError> errors)
    {
        _record = record;
        _errors = errors;
        Material = Context("material") ?? Context("id");
        Stage = Context("stage");
        Country = Context("country");
    }

    public string? Material { get; }

    public string? Stage { get; }

    public string? Country { get; private set; }

    public bool Ok { get; private set; } = true;

    public CsvRecord Record => _record;

    private string? Context(string column)
    {
        string text = Text(column);
        return text.Length == 0 ? null : text;
    }

    public string Text(string column) => _record.Has(column) ? _record[column] : string.Empty;

    public void Fail(string message)
    {
        Ok = false;
        _errors.Add(new DataError(_record.File, _record.Line, message, Material, Stage, Country));
    }

    public string RequiredText(string column)
    {
        string value = Text(column);
        if (value.Length == 0)
        {
            Fail($"'{column}' is empty");
        }

        return value;
    }

    public double? OptionalNumber(string column, double min, double max)
    {
        string text = Text(column);
        if (text.Length == 0)
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || double.IsNaN(value) || double.IsInfinity(value))
        {
            Fail($"'{column}' is '{text}', not a finite number");
            return null;
        }

        if (value < min || value > max)
        {
            Fail(string.Format(CultureInfo.InvariantCulture, "'{0}' is {1}, outside [{2}, {3}]", column, text, min, max));
            return null;
        }

        return value;
    }

    /// <summary>
    /// Reads a fraction in [0, 1]: a plain number is a fraction (0.12), a number with a percent sign is a percentage
    /// converted explicitly (12% = 0.12). A plain number above 1 is refused as a likely percentage, and so is a plain 1
    /// when <paramref name="plainOneIsAmbiguous"/> (a rate such as EoL-RIR, where 100 % is implausible and "1" usually
    /// means 1 %). Nothing is guessed.
    /// </summary>
    public double? OptionalFraction(string column, bool plainOneIsAmbiguous = false)
    {
        string text = Text(column);
        if (text.Length == 0)
        {
            return null;
        }

        bool percent = text.EndsWith("%", StringComparison.Ordinal);
        string number = percent ? text.Substring(0, text.Length - 1).TrimEnd() : text;
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || double.IsNaN(value) || double.IsInfinity(value))
        {
            Fail($"'{column}' is '{text}', not a fraction (0.12) or a percentage (12%)");
            return null;
        }

        if (percent)
        {
            if (value < 0 || value > 100)
            {
                Fail($"'{column}' is '{text}', outside [0%, 100%]");
                return null;
            }

            return value / 100.0;
        }

        if (value < 0)
        {
            Fail($"'{column}' is '{text}', below 0");
            return null;
        }

        if (value > 1)
        {
            Fail($"'{column}' is '{text}', not a fraction in [0, 1]: write '{text}%' for a percentage or '{(value / 100.0).ToString("0.####", CultureInfo.InvariantCulture)}' as a fraction");
            return null;
        }

        if (value == 1 && plainOneIsAmbiguous)
        {
            Fail($"'{column}' is '{text}': as a fraction that is 100 %, as a percentage 1 %; write '100%' or '1%' (or 0.01)");
            return null;
        }

        return value;
    }

    /// <summary>As <see cref="OptionalFraction"/>, failing when the field is empty.</summary>
    public double RequiredFraction(string column)
    {
        if (Text(column).Length == 0)
        {
            Fail($"'{column}' is empty");
            return 0;
        }

        return OptionalFraction(column) ?? 0;
    }

    public double RequiredNumber(string column, double min, double max)
    {
        if (Text(column).Length == 0)
        {
            Fail($"'{column}' is empty");
            return 0;
        }

        return OptionalNumber(column, min, max) ?? 0;
    }

    public int? Year(string column)
    {
        string text = Text(column);
        if (text.Length == 0)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int year) || year < 1900 || year > 2100)
        {
            Fail($"'{column}' is '{text}', not a year");
            return null;
        }

        return year;
    }

    public DateTime? Date(string column)
    {
        string text = Text(column);
        if (text.Length == 0)
        {
            return null;
        }

        if (!DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime date))
        {
            Fail($"'{column}' is '{text}', not a date (YYYY-MM-DD)");
            return null;
        }

        return date;
    }

    /// <summary>Reads a ';'-separated list; '*' or empty means "all" and yields an empty list.</summary>
    public IReadOnlyList<string> List(string column)
    {
        string text = Text(column);
        if (text.Length == 0 || text == "*")
        {
            return Array.Empty<string>();
        }

        return text.Split(';').Select(t => t.Trim()).Where(t => t.Length > 0).ToArray();
    }

    /// <summary>
    /// The items of an optional ';'-separated column, each read by <paramref name="parse"/>; an item it refuses is an
    /// error naming the column and the item ("stages: 'mining' is not extraction, processing or manufacturing"). Empty
    /// when the file has no such column.
    /// </summary>
    /// <param name="column">The column.</param>
    /// <param name="parse">Reads one item.</param>
    /// <param name="expected">What an item must be, as the end of "is not …".</param>
    public List<T> Items<T>(string column, TryParse<T> parse, string expected)
    {
        var items = new List<T>();
        if (!Record.Has(column))
        {
            return items;
        }

        foreach (string text in List(column))
        {
            if (parse(text, out T item))
            {
                items.Add(item);
            }
            else
            {
                Fail($"{column}: '{QuotedText.Prefix(text, 40)}' is not {expected}");
            }
        }

        return items;
    }

    public CountryCode? CountryCode(string column, bool allowRestOfWorld)
    {
        string text = RequiredText(column);
        if (text.Length == 0)
        {
            return null;
        }

        if (!Geography.CountryCode.TryParse(text, out CountryCode code) || (code.IsRestOfWorld && !allowRestOfWorld))
        {
            Fail(allowRestOfWorld
                ? $"'{text}' is not an ISO 3166-1 country code or ROW"
                : $"'{text}' is not an ISO 3166-1 country code");
            return null;
        }

        Country = code.Value;
        return code;
    }

    public MaterialId? MaterialId(string column)
    {
        string text = RequiredText(column);
        if (text.Length == 0)
        {
            return null;
        }

        if (!Materials.MaterialId.TryFrom(text, out MaterialId id))
        {
            Fail($"'{text}' is not a material id (lowercase letters, digits, inner hyphens)");
            return null;
        }

        return id;
    }

    public StageKind? StageKind(string column, bool optional)
    {
        string text = Text(column);
        if (text.Length == 0)
        {
            if (!optional)
            {
                Fail($"'{column}' is empty");
            }

            return null;
        }

        if (!StageKinds.TryParse(text, out StageKind kind))
        {
            Fail($"'{text}' is not a stage: use {StageKinds.Expected}");
            return null;
        }

        return kind;
    }

    public Provenance Provenance(string? qualityColumn, string yearColumn = "year", DataQuality defaultQuality = DataQuality.Secondary)
    {
        string source = Text("source");
        if (source.Length == 0)
        {
            Fail("has no source: every figure needs its publication, table and year");
            source = "(missing)";
        }

        DataQuality quality = defaultQuality;
        if (qualityColumn is not null)
        {
            string text = Text(qualityColumn);
            switch (text.ToLowerInvariant())
            {
                case "primary":
                    quality = DataQuality.Primary;
                    break;
                case "secondary":
                    quality = DataQuality.Secondary;
                    break;
                case "estimate":
                    quality = DataQuality.Estimate;
                    break;
                default:
                    Fail($"quality '{text}' is not primary, secondary or estimate");
                    break;
            }
        }

        int? year = _record.Has(yearColumn) ? Year(yearColumn) : null;
        return new Provenance(source, quality, year, Text("note"));
    }

    public bool? YesNo(string column)
    {
        string text = Text(column).ToLowerInvariant();
        switch (text)
        {
            case "":
                return null;
            case "yes":
            case "true":
                return true;
            case "no":
            case "false":
                return false;
            default:
                Fail($"'{column}' is '{text}', not yes or no");
                return null;
        }
    }
}

/// <summary>Reads one item of a list column, as the <c>TryParse</c> methods of the name tables do.</summary>
internal delegate bool TryParse<T>(string text, out T value);
