using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CsvHelper;
using ErpCsvReader = CsvHelper.CsvReader;
using SupplyRisk.Data;
using SupplyRisk.Diagnostics;
using SupplyRisk.Materials;
using SupplyRisk.Parts;
using SupplyRisk.Sources;

namespace SupplyRisk.IO;

/// <summary>One read of an ERP BOM (<see cref="ErpBomReader"/>): the rows turned into parts, every problem collected.</summary>
internal sealed class ErpBomParse
{
    private static readonly Dictionary<string, double> GramsPerUnit = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mg"] = 1e-3,
        ["g"] = 1,
        ["kg"] = 1e3,
        ["t"] = 1e6,
    };

    private static readonly HashSet<string> PieceUnits = new(StringComparer.OrdinalIgnoreCase) { "pc", "pcs", "pce", "ea", "st", "piece", "pieces" };

    private const int MaximumCached = 100_000;

    private readonly string _name;
    private readonly ErpBomOptions _options;
    private readonly ReferenceDataset _data;
    private readonly List<DataError> _errors = new();
    private readonly Dictionary<string, PartState> _parts = new(StringComparer.Ordinal);
    private readonly List<PartState> _order = new();
    private readonly Dictionary<string, MaterialId?> _materials = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MaterialId> _materialNames;
    private readonly Dictionary<string, Unknown> _unknown = new(StringComparer.Ordinal);
    private readonly List<Unknown> _unknownOrder = new();
    private readonly RepeatedValues _madeIn = new();
    private readonly List<StackEntry?> _stack = new();
    private readonly Dictionary<ErpColumn, int> _columns = new();
    private readonly Dictionary<ErpColumn, string> _headers = new();
    private NumberFormatInfo _numbers = NumberFormatInfo.InvariantInfo;
    private char _decimal = '.';
    private PartState? _root;
    private int _width;

    public ErpBomParse(string name, ErpBomOptions options, ReferenceDataset data)
    {
        _name = name;
        _options = options;
        _data = data;
        _materialNames = data.Materials
            .GroupBy(m => m.Name.Trim(), StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.Single().Id, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Lines above the header that were skipped (comments, blanks): added to the reader's line numbers.</summary>
    private int _lineOffset;

    private bool Indented => _columns.ContainsKey(ErpColumn.Level);

    public ErpBomResult Run(string text)
    {
        // Comment lines (#) and blank lines are skipped only above the header: below it, a row starting with # is data
        // (a part number may start with #), never dropped silently.
        text = SkipPreamble(text, out _lineOffset);
        char separator = _options.Delimiter ?? DetectSeparator(text);
        _decimal = _options.DecimalSeparator ?? (separator == ';' ? ',' : '.');
        if (_decimal != '.')
        {
            _numbers = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
            _numbers.NumberDecimalSeparator = _decimal.ToString();
            _numbers.NumberGroupSeparator = "\u00A0"; // never used: thousands separators are not allowed by the number style
        }

        var csvOptions = NewCsvOptions(
            separator,
            r => Fail(r.LineNumber > 0 ? (int)r.LineNumber + _lineOffset : null, $"is not valid CSV ({Describe(r.Reason)}); the row is not read"));

        if (_options.RootPartNumber is string rootNumber)
        {
            _root = Part(rootNumber, 0);
            _root.Occurrences.Add(new Occurrence(0));
        }

        using (ErpCsvReader csv = ErpCsvReader.Create(new StringReader(text), csvOptions, leaveOpen: false))
        {
            IReadOnlyList<string> header;
            try
            {
                header = csv.Headers;
            }
            catch (CsvFormatException e)
            {
                throw Errors(new DataError(_name, e.LineNumber > 0 ? (int)e.LineNumber + _lineOffset : null, "has a header that is not valid CSV: " + e.Message.Split('\n')[0]));
            }

            if (header.Count == 0 || header.All(h => h.Trim().Length == 0))
            {
                throw Errors(new DataError(_name, null, "is empty: no header row"));
            }

            MapHeader(header);
            if (_errors.Count > 0)
            {
                throw new BomFormatException(_errors);
            }

            _width = header.Count;
            var fields = new string[_width];
            while (csv.Read())
            {
                int line = (int)csv.LineNumber + _lineOffset;
                if (csv.FieldCount != _width)
                {
                    if (!AllEmpty(csv))
                    {
                        Fail(line, string.Format(CultureInfo.InvariantCulture, "has {0} fields where the header has {1} (separator '{2}')", csv.FieldCount, _width, separator == '\t' ? "tab" : separator.ToString()));
                    }

                    continue;
                }

                for (int i = 0; i < _width; i++)
                {
                    fields[i] = (csv.GetString(i) ?? string.Empty).Trim();
                }

                if (fields.All(f => f.Length == 0))
                {
                    continue;
                }

                Row(fields, line);
            }
        }

        return Finish();
    }

    /// <summary>The text from its first line that is neither blank nor a comment (<c>#…</c>), and how many lines were skipped.</summary>
    private static string SkipPreamble(string text, out int skippedLines)
    {
        skippedLines = 0;
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf('\n', start);
            string line = end < 0 ? text.Substring(start) : text.Substring(start, end - start);
            if (line.Trim().Length > 0 && line.TrimStart()[0] != '#')
            {
                break;
            }

            skippedLines++;
            if (end < 0)
            {
                return string.Empty;
            }

            start = end + 1;
        }

        return text.Substring(start);
    }

    private static bool AllEmpty(ErpCsvReader csv)
    {
        for (int i = 0; i < csv.FieldCount; i++)
        {
            if ((csv.GetString(i) ?? string.Empty).Trim().Length > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field",
        CsvMalformedReason.TextAfterClosingQuote => "text after a closing quote",
        CsvMalformedReason.UnterminatedQuote => "a quoted field that is never closed",
        CsvMalformedReason.LineBreakInQuotes => "a line break inside quotes",
        _ => reason.ToString(),
    };

    /// <summary>
    /// CsvHelper's reader options for this file. CsvReaderOptions' properties are <c>init</c>-only, and CsvHelper's
    /// netstandard2.0 build marks them with its own IsExternalInit while its net8.0/net10.0 builds use the runtime's: a
    /// call compiled against one does not bind to the other (MissingMethodException). This library's netstandard2.0
    /// build meets CsvHelper's net8.0 build in every .NET 8 and 9 app, so there it sets them by reflection, which binds
    /// by name.
    /// </summary>
    private static CsvReaderOptions NewCsvOptions(char separator, Action<CsvMalformedRecord> onMalformedRecord)
    {
#if NETSTANDARD2_0
        var options = new CsvReaderOptions();
        void Set(string name, object value) => typeof(CsvReaderOptions).GetProperty(name)!.SetValue(options, value);
        Set(nameof(CsvReaderOptions.Separator), (char?)separator);
        Set(nameof(CsvReaderOptions.TrackLineNumbers), true);
        Set(nameof(CsvReaderOptions.MalformedData), CsvMalformedDataHandling.Skip);
        Set(nameof(CsvReaderOptions.OnMalformedRecord), onMalformedRecord);
        return options;
#else
        return new CsvReaderOptions
        {
            Separator = separator,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = onMalformedRecord,
        };
#endif
    }

    /// <summary>The separator of the header line (the first line of the text): the most frequent of ; , and tab outside quotes.</summary>
    private char DetectSeparator(string text)
    {
        using var lines = new StringReader(text);
        string? line;
        while ((line = lines.ReadLine()) is not null)
        {
            if (line.Trim().Length == 0 || line[0] == '#')
            {
                continue;
            }

            var counts = new Dictionary<char, int> { [';'] = 0, [','] = 0, ['\t'] = 0 };
            bool quoted = false;
            foreach (char c in line)
            {
                if (c == '"')
                {
                    quoted = !quoted;
                }
                else if (!quoted && counts.ContainsKey(c))
                {
                    counts[c]++;
                }
            }

            var ranked = counts.OrderByDescending(p => p.Value).ToArray();
            if (ranked[0].Value == 0)
            {
                throw Errors(new DataError(_name, null, "has a header with one column: no ';', ',' or tab separates its names (set ErpBomOptions.Delimiter if the file uses another)"));
            }

            if (ranked[0].Value == ranked[1].Value)
            {
                throw Errors(new DataError(_name, null, string.Format(CultureInfo.InvariantCulture, "has a header with as many '{0}' as '{1}': set ErpBomOptions.Delimiter", Show(ranked[0].Key), Show(ranked[1].Key))));
            }

            return ranked[0].Key;
        }

        throw Errors(new DataError(_name, null, "is empty: no header row"));
    }

    private static string Show(char separator) => separator == '\t' ? "tab" : separator.ToString();

    private void MapHeader(IReadOnlyList<string> header)
    {
        var taken = new Dictionary<int, ErpColumn>();
        foreach (var (column, names) in _options.Columns.All())
        {
            int[] matches = Enumerable.Range(0, header.Count).Where(i => names.Any(n => string.Equals(n, header[i].Trim(), StringComparison.OrdinalIgnoreCase))).ToArray();
            if (matches.Length > 1)
            {
                Fail(null, $"has {matches.Length} columns for the {Name(column)} ({string.Join(", ", matches.Select(i => "'" + QuotedText.Prefix(header[i].Trim(), 60) + "'"))}); keep one or map the names in ErpBomColumns");
                continue;
            }

            if (matches.Length == 1)
            {
                if (taken.TryGetValue(matches[0], out ErpColumn other))
                {
                    Fail(null, $"column '{QuotedText.Prefix(header[matches[0]].Trim(), 60)}' is mapped to both the {Name(other)} and the {Name(column)}");
                    continue;
                }

                taken.Add(matches[0], column);
                _columns.Add(column, matches[0]);
                _headers.Add(column, header[matches[0]].Trim());
            }
        }

        foreach (ErpColumn required in new[] { ErpColumn.Component, ErpColumn.Quantity, ErpColumn.Material })
        {
            if (!_columns.ContainsKey(required))
            {
                Fail(null, $"the header lacks the {Name(required)} column (one of {Expected(required)})");
            }
        }

        bool parent = _columns.ContainsKey(ErpColumn.Parent);
        bool level = _columns.ContainsKey(ErpColumn.Level);
        if (parent && level)
        {
            Fail(null, $"the header has both a parent column ('{_headers[ErpColumn.Parent]}') and a level column ('{_headers[ErpColumn.Level]}'): a file is flat or indented, not both; map only one in ErpBomColumns");
        }
        else if (!parent && !level)
        {
            Fail(null, $"the header has neither a parent column (one of {Expected(ErpColumn.Parent)}) nor a level column (one of {Expected(ErpColumn.Level)})");
        }
    }

    private string Expected(ErpColumn column)
    {
        IReadOnlyList<string> names = _options.Columns.All().First(c => c.Column == column).Names;
        return names.Count == 0 ? "no name is mapped" : string.Join(", ", names.Select(n => "'" + n + "'"));
    }

    private static string Name(ErpColumn column) => column switch
    {
        ErpColumn.MadeIn => "made-in",
        ErpColumn.ItemClass => "item class",
        ErpColumn.HsCode => "HS code",
        ErpColumn.Maker => "maker",
        _ => column.ToString().ToLowerInvariant(),
    };

    private string Field(string[] fields, ErpColumn column) => _columns.TryGetValue(column, out int i) ? fields[i] : string.Empty;

    private void Row(string[] fields, int line)
    {
        int errorsBefore = _errors.Count;
        string materialText = Field(fields, ErpColumn.Material);
        bool isMaterial = materialText.Length > 0;
        int level = 0;
        PartState? parent;
        Occurrence? occurrence;
        if (Indented)
        {
            if (!TryLevel(Field(fields, ErpColumn.Level), line, out level) || !TryParentAtLevel(level, line, out parent, out occurrence))
            {
                return;
            }
        }
        else
        {
            string parentText = Field(fields, ErpColumn.Parent);
            if (parentText.Length == 0)
            {
                parent = _root;
            }
            else if (!CheckNumber(parentText, ErpColumn.Parent, line))
            {
                return;
            }
            else
            {
                parent = Part(parentText, line);
                if (parent.Occurrences.Count == 0)
                {
                    parent.Occurrences.Add(new Occurrence(line));
                }
            }

            occurrence = parent?.Occurrences[0];
        }

        if (isMaterial)
        {
            MaterialLine(fields, line, materialText, parent, occurrence);
            if (Indented)
            {
                _stack.Add(new StackEntry(null, null, line)); // a deeper row under a material line has no part for a parent
            }

            return;
        }

        string number = Field(fields, ErpColumn.Component);
        if (number.Length == 0)
        {
            Fail(line, $"'{_headers[ErpColumn.Component]}' is empty: a row without a material names a component");
            return;
        }

        if (!CheckNumber(number, ErpColumn.Component, line))
        {
            return;
        }

        double quantity = 0;
        string quantityText = Field(fields, ErpColumn.Quantity);
        if (parent is not null || quantityText.Length > 0)
        {
            quantity = Number(quantityText, ErpColumn.Quantity, line, double.Epsilon, BomLine.MaximumQuantity, "> 0");
        }

        if (_columns.ContainsKey(ErpColumn.Unit))
        {
            string unit = Field(fields, ErpColumn.Unit);
            if (unit.Length > 0 && !PieceUnits.Contains(unit))
            {
                Fail(line, GramsPerUnit.ContainsKey(unit)
                    ? $"'{_headers[ErpColumn.Unit]}' is '{unit}', a mass unit, on a component line: a component's quantity counts pieces (PC, EA, ST); a row that gives a mass names its material"
                    : $"'{_headers[ErpColumn.Unit]}' is '{QuotedText.Prefix(unit, 20)}', not a unit read here: pieces (PC, PCS, PCE, EA, ST, piece) on a component line, mg, g, kg or t on a material line");
            }
        }

        if (_columns.ContainsKey(ErpColumn.Mass) && Field(fields, ErpColumn.Mass).Length > 0)
        {
            Fail(line, $"'{_headers[ErpColumn.Mass]}' is given but '{_headers[ErpColumn.Material]}' is empty: a mass needs its material");
        }

        string madeInText = Field(fields, ErpColumn.MadeIn);
        CountryShares? madeIn = madeInText.Length == 0 ? null : MadeIn(madeInText, line);
        string classText = Field(fields, ErpColumn.ItemClass);
        ItemClass itemClass = Materials.ItemClass.Component;
        if (classText.Length > 0 && !ItemClasses.TryParse(classText, out itemClass))
        {
            Fail(line, $"'{_headers[ErpColumn.ItemClass]}' is '{QuotedText.Prefix(classText, 40)}', not an item class ({ItemClasses.Expected})");
        }

        string hsText = Field(fields, ErpColumn.HsCode);
        string hsCode = string.Empty;
        if (hsText.Length > 0 && !HsCodes.TryNormalise(hsText, out hsCode))
        {
            Fail(line, $"'{_headers[ErpColumn.HsCode]}' is '{QuotedText.Prefix(hsText, 40)}', not an HS code ({HsCodes.Expected})");
        }
        if (_errors.Count > errorsBefore)
        {
            if (Indented)
            {
                _stack.Add(new StackEntry(null, null, line)); // the rows below it are not read against a wrong parent
            }

            return;
        }

        PartState part = Part(number, line);
        string description = Field(fields, ErpColumn.Description);
        Agree(part.Description, description, description, line, number, "is described as", "but as", StringComparison.Ordinal);
        Agree(part.MadeIn, madeInText, madeIn, line, number, "is made in");
        Agree(part.ItemClass, classText, itemClass, line, number, "is classed as");
        Agree(part.HsCode, hsText, hsCode, line, number, "has HS code");
        string makerText = Field(fields, ErpColumn.Maker);
        Agree(part.Maker, makerText, makerText, line, number, "is made by");

        if (parent is not null)
        {
            part.IsChild = true;
            occurrence!.AddChild(part.Number, quantity, line);
        }

        if (Indented)
        {
            var opened = new Occurrence(line);
            part.Occurrences.Add(opened);
            _stack.Add(new StackEntry(part, opened, line));
        }
        else if (part.Occurrences.Count == 0)
        {
            part.Occurrences.Add(new Occurrence(line));
        }
    }

    private void MaterialLine(string[] fields, int line, string materialText, PartState? parent, Occurrence? occurrence)
    {
        if (parent is null)
        {
            Fail(line, Indented
                ? "a material line at the top level belongs to no part: put it one level below the part that contains it (or set ErpBomOptions.RootPartNumber)"
                : $"a material line with an empty '{_headers[ErpColumn.Parent]}' belongs to no part: name the part that contains it (or set ErpBomOptions.RootPartNumber)", materialText);
            return;
        }

        if (Field(fields, ErpColumn.MadeIn).Length > 0)
        {
            Fail(line, $"'{_headers[ErpColumn.MadeIn]}' is given on a material line: where a part is made goes on the part's own row (a material's origin comes from the dataset)", materialText);
        }

        foreach (ErpColumn partColumn in new[] { ErpColumn.ItemClass, ErpColumn.HsCode, ErpColumn.Maker })
        {
            if (Field(fields, partColumn).Length > 0)
            {
                Fail(line, $"'{_headers[partColumn]}' is given on a material line: it describes a part, so it goes on the part's own row", materialText);
            }
        }

        ErpColumn massColumn = _columns.ContainsKey(ErpColumn.Mass) ? ErpColumn.Mass : ErpColumn.Quantity;
        double mass = Number(Field(fields, massColumn), massColumn, line, 0, double.MaxValue, ">= 0", materialText);
        double factor = 1;
        if (_columns.ContainsKey(ErpColumn.Unit))
        {
            string unit = Field(fields, ErpColumn.Unit);
            if (!GramsPerUnit.TryGetValue(unit, out factor))
            {
                Fail(line, unit.Length == 0
                    ? $"'{_headers[ErpColumn.Unit]}' is empty on a material line: give mg, g, kg or t"
                    : $"'{_headers[ErpColumn.Unit]}' is '{QuotedText.Prefix(unit, 20)}' on a material line, not a mass unit: mg, g, kg or t", materialText);
                return;
            }
        }
        else
        {
            factor = _options.MassUnit switch
            {
                MassUnit.Milligram => 1e-3,
                MassUnit.Kilogram => 1e3,
                MassUnit.Tonne => 1e6,
                _ => 1,
            };
        }

        double grams = mass * factor;
        if (grams > MaterialContent.MaximumGrams)
        {
            Fail(line, string.Format(CultureInfo.InvariantCulture, "'{0}' is {1:G6} g, over the limit of {2:G0} g per line", _headers[massColumn], grams, MaterialContent.MaximumGrams), materialText);
            return;
        }

        MaterialId? material = Material(materialText);
        if (material is null)
        {
            if (!_unknown.TryGetValue(materialText, out Unknown? unknown))
            {
                unknown = new Unknown(materialText);
                _unknown.Add(materialText, unknown);
                _unknownOrder.Add(unknown);
            }

            unknown.Lines.Add(line);
            unknown.Grams += grams;
            return;
        }

        occurrence!.AddMaterial(material.Value, grams);
    }

    private MaterialId? Material(string text)
    {
        if (_materials.TryGetValue(text, out MaterialId? known))
        {
            return known;
        }

        MaterialId? found = null;
        if (MaterialId.TryFrom(text.ToLowerInvariant(), out MaterialId id) && _data.TryGetMaterial(id, out _))
        {
            found = id;
        }
        else if (_materialNames.TryGetValue(text, out MaterialId named))
        {
            found = named;
        }

        if (_materials.Count < MaximumCached)
        {
            _materials.Add(text, found);
        }

        return found;
    }

    private bool TryLevel(string text, int line, out int level)
    {
        level = 0;
        int dots = 0;
        while (dots < text.Length && text[dots] == '.')
        {
            dots++;
        }

        string digits = text.Substring(dots);
        if (text.Length == 0 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out level) || (dots > 0 && dots != level))
        {
            Fail(line, text.Length == 0
                ? $"'{_headers[ErpColumn.Level]}' is empty"
                : $"'{_headers[ErpColumn.Level]}' is '{QuotedText.Prefix(text, 20)}', not a level (0, 1, 2, … or, as SAP writes them, .1, ..2, …)");
            _stack.Clear(); // the rows below it cannot be placed
            return false;
        }

        return true;
    }

    private bool TryParentAtLevel(int level, int line, out PartState? parent, out Occurrence? occurrence)
    {
        parent = null;
        occurrence = null;
        if (_root is not null && _stack.Count == 0)
        {
            _stack.Add(new StackEntry(_root, _root.Occurrences[0], 0));
        }

        if (level == 0)
        {
            if (_root is not null)
            {
                Fail(line, $"is at level 0, but ErpBomOptions.RootPartNumber ('{QuotedText.Prefix(_root.Number, 100)}') is the level-0 part: its rows start at level 1");
                return false;
            }

            _stack.Clear();
            return true;
        }

        if (_stack.Count > level)
        {
            _stack.RemoveRange(level, _stack.Count - level);
        }

        if (_stack.Count < level)
        {
            Fail(line, _stack.Count == 0 && level == 1
                ? "is at level 1 with no part above it at level 0: add the level-0 row, or set ErpBomOptions.RootPartNumber to the part the export is a BOM of (SAP CS12 starts at level 1)"
                : string.Format(CultureInfo.InvariantCulture, "is at level {0}, but the row above it at a lower level is at level {1}: levels go down one at a time", level, _stack.Count - 1));
            return false;
        }

        StackEntry? above = _stack[level - 1];
        if (above?.Part is null)
        {
            Fail(line, string.Format(CultureInfo.InvariantCulture, "is at level {0} below line {1}, which is not a part read (a material line, or a row with an error)", level, above?.Line ?? 0));
            return false;
        }

        parent = above.Part;
        occurrence = above.Occurrence;
        return true;
    }

    private bool CheckNumber(string number, ErpColumn column, int line)
    {
        if (number.Any(char.IsControl))
        {
            Fail(line, $"'{_headers[column]}' is '{QuotedText.Prefix(number, 40)}', which holds a control character (a tab, a line break, …); part numbers are printable text");
            return false;
        }

        return true;
    }

    private double Number(string text, ErpColumn column, int line, double min, double max, string range, string? material = null)
    {
        if (text.Length == 0)
        {
            Fail(line, $"'{_headers[column]}' is empty", material);
            return 0;
        }

        if (!double.TryParse(text, NumberStyles.Float, _numbers, out double value) || double.IsNaN(value) || double.IsInfinity(value))
        {
            Fail(line, $"'{_headers[column]}' is '{QuotedText.Prefix(text, 40)}', not a finite number with decimal separator '{_decimal}' (no thousands separators)", material);
            return 0;
        }

        if (value < min || value > max)
        {
            Fail(line, string.Format(CultureInfo.InvariantCulture, "'{0}' is {1}, not {2}{3}", _headers[column], QuotedText.Prefix(text, 40), range, max < double.MaxValue ? string.Format(CultureInfo.InvariantCulture, " and at most {0:G}", max) : string.Empty), material);
            return 0;
        }

        return value;
    }

    /// <summary>
    /// Records a part attribute given on a row (empty text: not given), or checks it against the first row that gave
    /// it: a part's rows must agree (exactly for a description, ignoring case for codes and names), and a disagreement
    /// names both lines.
    /// </summary>
    private void Agree<T>(PartAttribute<T> attribute, string text, T value, int line, string number, string verb, string but = "but", StringComparison comparison = StringComparison.OrdinalIgnoreCase)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (attribute.Text is null)
        {
            attribute.Text = text;
            attribute.Line = line;
            attribute.Value = value;
        }
        else if (!string.Equals(attribute.Text, text, comparison))
        {
            Fail(line, $"part '{QuotedText.Prefix(number, 100)}' {verb} '{QuotedText.Prefix(text, 60)}' here {but} '{QuotedText.Prefix(attribute.Text, 60)}' on line {attribute.Line}");
        }
    }

    private CountryShares? MadeIn(string text, int line)
    {
        return _madeIn.MadeIn(text, () =>
        {
            CountryShares? shares = MadeInText.Parse(text, _numbers, out IReadOnlyList<string> problems);
            foreach (string problem in problems)
            {
                Fail(line, $"'{_headers[ErpColumn.MadeIn]}': {problem}");
            }

            return shares;
        });
    }

    private PartState Part(string number, int line)
    {
        if (!_parts.TryGetValue(number, out PartState? part))
        {
            if (_parts.Count >= _options.Limits.MaxParts)
            {
                throw Errors(new DataError(_name, line, string.Format(CultureInfo.InvariantCulture, "declares more than {0:N0} parts, the limit (BomLimits.MaxParts)", _options.Limits.MaxParts)));
            }

            part = new PartState(number, line);
            _parts.Add(number, part);
            _order.Add(part);
        }

        return part;
    }

    private ErpBomResult Finish()
    {
        var skipped = new List<SkippedMaterial>();
        foreach (Unknown unknown in _unknownOrder)
        {
            if (_options.UnknownMaterials == UnknownMaterialHandling.Fail)
            {
                string lines = string.Join(", ", unknown.Lines.Take(10).Select(l => l.ToString(CultureInfo.InvariantCulture))) + (unknown.Lines.Count > 10 ? ", …" : string.Empty);
                _errors.Add(new DataError(_name, unknown.Lines[0], string.Format(CultureInfo.InvariantCulture, "material '{0}' is not in the dataset (an id such as 'neodymium' or a material's name; {1} line(s): {2}); set ErpBomOptions.UnknownMaterials to SkipAndReport to read the BOM without it", QuotedText.Prefix(unknown.Text, 60), unknown.Lines.Count, lines), unknown.Text));
            }
            else
            {
                skipped.Add(new SkippedMaterial(unknown.Text, unknown.Lines, unknown.Grams));
            }
        }

        if (_order.Count == 0 && _errors.Count == 0)
        {
            _errors.Add(new DataError(_name, null, "lists no part")); // (when rows had errors, those say why)
        }

        var parts = new List<Part>(_order.Count);
        foreach (PartState state in _order)
        {
            Occurrence? content = Content(state);
            try
            {
                parts.Add(new Part(
                    state.Number,
                    state.Description.Text ?? state.Number,
                    _options.Category,
                    state.MadeIn.Value ?? _options.DefaultMadeIn,
                    content?.Materials.Select(m => new MaterialContent(m.Key, m.Value)),
                    content?.Children.Select(c => new BomLine(c.Key, c.Value)),
                    itemClass: state.ItemClass.Text is null ? Materials.ItemClass.Component : state.ItemClass.Value,
                    hsCode: state.HsCode.Text is null ? null : state.HsCode.Value,
                    maker: state.Maker.Text is null ? null : state.Maker.Value));
            }
            catch (ArgumentException e)
            {
                _errors.Add(new DataError(_name, state.Line == 0 ? null : state.Line, DataError.MessageOf(e)));
            }
        }

        if (_errors.Count > 0)
        {
            throw new BomFormatException(_errors);
        }

        PartCatalog catalog;
        try
        {
            catalog = new PartCatalog(parts);
        }
        catch (ArgumentException e)
        {
            throw Errors(new DataError(_name, null, DataError.MessageOf(e)));
        }

        _options.Limits.Check(catalog, _name);
        Part[] top = _order.Where(p => !p.IsChild).Select(p => catalog.Get(p.Number)).ToArray();
        var products = new List<Product>(top.Length);
        foreach (Part part in top)
        {
            try
            {
                products.Add(new Product(part.PartNumber, part.Name, part.Category, part.PartNumber, Provenance.UserSupplied));
            }
            catch (ArgumentException e)
            {
                throw Errors(new DataError(_name, _parts[part.PartNumber].Line, DataError.MessageOf(e)));
            }
        }

        return new ErpBomResult(new ProductCatalog(products, catalog), top, skipped);
    }

    /// <summary>
    /// The lines of a part: its one occurrence in a flat file; in an indented file the first explosion that lists lines,
    /// which every later explosion with lines must equal (a multi-level export repeats a shared assembly's lines).
    /// </summary>
    private Occurrence? Content(PartState part)
    {
        Occurrence? first = null;
        foreach (Occurrence occurrence in part.Occurrences)
        {
            if (occurrence.IsEmpty)
            {
                continue;
            }

            if (first is null)
            {
                first = occurrence;
            }
            else if (!first.SameLines(occurrence))
            {
                Fail(occurrence.Line, $"part '{QuotedText.Prefix(part.Number, 100)}' is exploded here with other lines than on line {first.Line}: an indented export repeats a shared assembly's lines under every parent, and they must agree");
            }
        }

        return first;
    }

    private void Fail(int? line, string message, string? material = null) => _errors.Add(new DataError(_name, line, message, material));

    private BomFormatException Errors(DataError error)
    {
        _errors.Add(error);
        return new BomFormatException(_errors);
    }

    private sealed class PartState
    {
        public PartState(string number, int line)
        {
            Number = number;
            Line = line;
        }

        public string Number { get; }

        /// <summary>The line that first names the part (0 for <see cref="ErpBomOptions.RootPartNumber"/>).</summary>
        public int Line { get; }

        public PartAttribute<string> Description { get; } = new();

        public PartAttribute<CountryShares?> MadeIn { get; } = new();

        public PartAttribute<ItemClass> ItemClass { get; } = new();

        public PartAttribute<string> HsCode { get; } = new();

        public PartAttribute<string> Maker { get; } = new();

        public bool IsChild { get; set; }

        public List<Occurrence> Occurrences { get; } = new(1);
    }

    /// <summary>A value a part's rows may repeat (description, made-in, item class, HS code, maker): the first row's text and value, and its line.</summary>
    private sealed class PartAttribute<T>
    {
        public string? Text { get; set; }

        public int Line { get; set; }

        public T Value { get; set; } = default!;
    }

    /// <summary>The lines one explosion of a part lists (a flat file has one per part), repeated lines summed.</summary>
    private sealed class Occurrence
    {
        private Dictionary<string, double>? _children;
        private Dictionary<MaterialId, double>? _materials;

        public Occurrence(int line) => Line = line;

        public int Line { get; }

        public IEnumerable<KeyValuePair<string, double>> Children => _children ?? Enumerable.Empty<KeyValuePair<string, double>>();

        public IEnumerable<KeyValuePair<MaterialId, double>> Materials => _materials ?? Enumerable.Empty<KeyValuePair<MaterialId, double>>();

        public bool IsEmpty => _children is null && _materials is null;

        public void AddChild(string child, double quantity, int line)
        {
            _children ??= new Dictionary<string, double>(StringComparer.Ordinal);
            _children[child] = (_children.TryGetValue(child, out double q) ? q : 0) + quantity;
        }

        public void AddMaterial(MaterialId material, double grams)
        {
            _materials ??= new Dictionary<MaterialId, double>();
            _materials[material] = (_materials.TryGetValue(material, out double g) ? g : 0) + grams;
        }

        public bool SameLines(Occurrence other) =>
            Same(_children, other._children) && Same(_materials, other._materials);

        private static bool Same<TKey>(Dictionary<TKey, double>? a, Dictionary<TKey, double>? b)
            where TKey : notnull
        {
            if ((a?.Count ?? 0) != (b?.Count ?? 0))
            {
                return false;
            }

            foreach (var pair in a ?? new Dictionary<TKey, double>())
            {
                if (!b!.TryGetValue(pair.Key, out double other) || Math.Abs(pair.Value - other) > 1e-9 * Math.Max(Math.Abs(pair.Value), Math.Abs(other)))
                {
                    return false;
                }
            }

            return true;
        }
    }

    private sealed class StackEntry
    {
        public StackEntry(PartState? part, Occurrence? occurrence, int line)
        {
            Part = part;
            Occurrence = occurrence;
            Line = line;
        }

        public PartState? Part { get; }

        public Occurrence? Occurrence { get; }

        public int Line { get; }
    }

    private sealed class Unknown
    {
        public Unknown(string text) => Text = text;

        public string Text { get; }

        public List<int> Lines { get; } = new();

        public double Grams { get; set; }
    }
}
