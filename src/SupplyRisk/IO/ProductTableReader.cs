using System.Collections.Generic;
using System.IO;
using System.Linq;
using System;
using SupplyRisk.Diagnostics;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Parts;
using SupplyRisk.Sources;

namespace SupplyRisk.IO;

/// <summary>Reads product catalogs: the embedded four-file archetypes, and single-file user BOMs.</summary>
internal static class ProductTableReader
{
    internal const string Parts = "parts.csv";
    internal const string BomLines = "bom-lines.csv";
    internal const string PartMaterials = "part-materials.csv";
    internal const string Products = "products.csv";

    public static ProductCatalog LoadEmbedded()
    {
        var errors = new List<DataError>();
        IReadOnlyList<CsvRecord> Read(string file, params string[] required)
        {
            using TextReader reader = EmbeddedResources.Open(file);
            return CsvReader.Read(reader, "embedded " + file, errors, required);
        }

        var parts = new Dictionary<string, PartRow>(StringComparer.Ordinal);
        foreach (CsvRecord record in Read(Parts, "part_number", "name", "category", "made_in", "source"))
        {
            var f = new FieldReader(record, errors);
            ReadPartAttributes(f, parts, record.Has("quality") ? "quality" : null);
        }

        foreach (CsvRecord record in Read(BomLines, "parent", "child", "quantity", "source"))
        {
            var f = new FieldReader(record, errors);
            AddChild(f, parts, f.RequiredText("parent"), record.Has("quality") ? "quality" : null);
        }

        foreach (CsvRecord record in Read(PartMaterials, "part_number", "material", "grams", "substitutability", "source"))
        {
            var f = new FieldReader(record, errors);
            AddMaterial(f, parts, f.RequiredText("part_number"), "quality");
        }

        var products = new List<Product>();
        foreach (CsvRecord record in Read(Products, "id", "name", "category", "root_part", "source"))
        {
            var f = new FieldReader(record, errors);
            string id = f.RequiredText("id");
            PartCategory? category = Category(f);
            string root = f.RequiredText("root_part");
            Provenance provenance = f.Provenance(null);
            if (f.Ok && !parts.ContainsKey(root))
            {
                f.Fail($"root part '{root}' is not in {Parts}");
            }

            if (f.Ok)
            {
                products.Add(new Product(id, f.Text("name"), category!.Value, root, provenance));
            }
        }

        return Build(products, parts, errors, InputKind.ReferenceData);
    }

    public static ProductCatalog ReadBomCsv(TextReader reader, string name, BomLimits? limits = null)
    {
        limits ??= BomLimits.Default;
        if (reader is null)
        {
            throw new ArgumentNullException(nameof(reader));
        }

        var errors = new List<DataError>();
        IEnumerable<CsvRecord> records = CsvReader.Stream(reader, name, errors, new[] { "part_number" }); // one record at a time: none is kept
        var repeated = new RepeatedValues(); // ERP exports repeat names and made-in texts on every row: one object each
        var parts = new Dictionary<string, PartRow>(StringComparer.Ordinal);
        string? root = null;
        foreach (CsvRecord record in records)
        {
            var f = new FieldReader(record, errors);
            string number = f.RequiredText("part_number");
            if (number.Length == 0)
            {
                continue;
            }

            root ??= number;
            if (parts.Count > limits.MaxParts)
            {
                throw new BomFormatException(new[] { new DataError(name, record.Line, string.Format(System.Globalization.CultureInfo.InvariantCulture, "declares more than {0:N0} parts, the limit (BomLimits.MaxParts)", limits.MaxParts)) });
            }

            if (f.Text("name").Length > 0 || f.Text("category").Length > 0 || f.Text("made_in").Length > 0)
            {
                ReadPartAttributes(f, parts, null, repeated);
            }

            if (f.Text("child").Length > 0 || f.Text("quantity").Length > 0)
            {
                AddChild(f, parts, number, null);
            }

            if (f.Text("material").Length > 0 || f.Text("grams").Length > 0)
            {
                AddMaterial(f, parts, number, null);
            }
        }

        foreach (var pair in parts.Where(p => p.Value.MadeIn is null && p.Value.Record is not null))
        {
            errors.Add(new DataError(name, pair.Value.Record!.Line, $"part '{pair.Key}' is never given a category and made_in"));
        }

        if (root is null)
        {
            errors.Add(new DataError(name, null, "lists no part"));
        }

        var products = new List<Product>();
        if (root is not null && parts.TryGetValue(root, out PartRow? rootRow) && rootRow.Category is not null)
        {
            try
            {
                products.Add(new Product(root, rootRow.Name ?? root, rootRow.Category.Value, root, Provenance.UserSupplied));
            }
            catch (ArgumentException e)
            {
                errors.Add(new DataError(name, rootRow.Record?.Line, DataError.MessageOf(e)));
            }
        }

        ProductCatalog catalog = Build(products, parts, errors, InputKind.Bom);
        limits.Check(catalog.Parts, name);
        return catalog;
    }

    private static ProductCatalog Build(List<Product> products, Dictionary<string, PartRow> rows, List<DataError> errors, InputKind kind)
    {
        foreach (var pair in rows)
        {
            if (pair.Value.MadeIn is null && pair.Value.FirstUse is Place use)
            {
                errors.Add(new DataError(use.File, use.Line, $"part '{pair.Key}' is used but never declared (name, category, made_in)"));
            }
        }

        if (errors.Count > 0)
        {
            throw DataFormatException.Create(kind, errors);
        }

        var parts = new List<Part>(rows.Count);
        foreach (var p in rows)
        {
            try
            {
                parts.Add(new Part(p.Key, p.Value.Name ?? p.Key, p.Value.Category!.Value, p.Value.MadeIn!, p.Value.Materials, p.Value.ChildrenOrNull, p.Value.MadeInProvenance, p.Value.ItemClass, p.Value.CoverDays, p.Value.HsCode, p.Value.Maker));
            }
            catch (ArgumentException e)
            {
                errors.Add(new DataError(p.Value.Record?.File ?? p.Value.FirstUse?.File ?? "bill of materials", p.Value.Record?.Line ?? p.Value.FirstUse?.Line, DataError.MessageOf(e)));
            }
        }

        if (errors.Count > 0)
        {
            throw DataFormatException.Create(kind, errors);
        }

        try
        {
            return new ProductCatalog(products, new PartCatalog(parts));
        }
        catch (ArgumentException e)
        {
            throw DataFormatException.Create(kind, new[] { new DataError(rows.Values.Select(r => r.Record?.File ?? r.FirstUse?.File).FirstOrDefault(f => f is not null) ?? "bill of materials", null, DataError.MessageOf(e)) });
        }
    }

    private static void ReadPartAttributes(FieldReader f, Dictionary<string, PartRow> parts, string? qualityColumn, RepeatedValues? repeated = null)
    {
        string number = f.RequiredText("part_number");
        PartCategory? category = Category(f);
        CountryShares? madeIn = repeated is null ? MadeIn(f) : repeated.MadeIn(f.Text("made_in"), () => MadeIn(f));
        ItemClass itemClass = ItemClass.Component;
        string classText = f.Text("item_class");
        if (classText.Length > 0 && !ItemClasses.TryParse(classText, out itemClass))
        {
            f.Fail($"item_class '{classText}' is not one of {ItemClasses.Expected}");
        }

        double? coverDays = f.OptionalNumber("cover_days", 0, Part.MaximumCoverDays);
        string hsText = f.Text("hs_code");
        string? hsCode = null;
        if (hsText.Length > 0 && !HsCodes.TryNormalise(hsText, out hsCode))
        {
            f.Fail($"hs_code '{QuotedText.Prefix(hsText, 20)}' is not an HS code ({HsCodes.Expected})");
        }

        Provenance provenance = f.Record.Has("source") && f.Text("source").Length > 0 ? f.Provenance(qualityColumn) : Provenance.UserSupplied;
        if (!f.Ok)
        {
            return;
        }

        PartRow row = Row(parts, number);
        if (row.MadeIn is not null)
        {
            f.Fail($"part '{number}' is declared twice (first on line {row.Record!.Line})");
            return;
        }

        row.Record = new Place(f.Record.File, f.Record.Line);
        row.Name = repeated is null ? f.Text("name") : repeated.Text(f.Text("name"));
        row.Category = category;
        row.MadeIn = madeIn;
        row.MadeInProvenance = provenance;
        row.ItemClass = itemClass;
        row.CoverDays = coverDays;
        row.HsCode = hsCode;
        string maker = f.Text("maker");
        row.Maker = maker.Length == 0 ? null : repeated is null ? maker : repeated.Text(maker);
    }

    private static void AddChild(FieldReader f, Dictionary<string, PartRow> parts, string parent, string? qualityColumn)
    {
        string child = f.RequiredText("child");
        double quantity = f.RequiredNumber("quantity", double.Epsilon, BomLine.MaximumQuantity);
        Provenance provenance = f.Record.Has("source") && f.Text("source").Length > 0 ? f.Provenance(qualityColumn) : Provenance.UserSupplied;
        if (!f.Ok || parent.Length == 0)
        {
            return;
        }

        PartRow row = Row(parts, parent);
        row.FirstUse ??= new Place(f.Record.File, f.Record.Line);
        if (!row.ChildNumbers.Add(child))
        {
            f.Fail($"child '{child}' is listed twice under '{parent}'");
            return;
        }

        row.Children.Add(new BomLine(child, quantity, provenance));
        Row(parts, child).FirstUse ??= new Place(f.Record.File, f.Record.Line);
    }

    private static void AddMaterial(FieldReader f, Dictionary<string, PartRow> parts, string part, string? qualityColumn)
    {
        MaterialId? material = f.MaterialId("material");
        double grams = f.RequiredNumber("grams", 0, MaterialContent.MaximumGrams);
        double substitutability = f.Text("substitutability").Length == 0 ? 1.0 : f.RequiredNumber("substitutability", 0, 1);
        Provenance provenance = f.Record.Has("source") && f.Text("source").Length > 0 ? f.Provenance(qualityColumn) : Provenance.UserSupplied;
        if (!f.Ok || part.Length == 0)
        {
            return;
        }

        PartRow row = Row(parts, part);
        row.FirstUse ??= new Place(f.Record.File, f.Record.Line);
        if (row.Materials.Any(m => m.Material == material!.Value))
        {
            f.Fail($"material '{material}' is listed twice in part '{part}'");
            return;
        }

        row.Materials.Add(new MaterialContent(material!.Value, grams, substitutability, provenance));
    }

    private static PartCategory? Category(FieldReader f)
    {
        string text = f.RequiredText("category");
        if (text.Length == 0)
        {
            return null;
        }

        if (PartCategories.TryParse(text, out PartCategory category))
        {
            return category;
        }

        f.Fail($"category '{text}' is not {PartCategories.Expected}");
        return null;
    }

    /// <summary>Parses <c>CN</c> or <c>CN:0.7;JP:0.3</c> (<see cref="MadeInText"/>).</summary>
    private static CountryShares? MadeIn(FieldReader f)
    {
        string text = f.RequiredText("made_in");
        if (text.Length == 0)
        {
            return null;
        }

        CountryShares? shares = MadeInText.Parse(text, System.Globalization.NumberFormatInfo.InvariantInfo, out IReadOnlyList<string> problems);
        foreach (string problem in problems)
        {
            f.Fail("made_in: " + problem);
        }

        return shares;
    }

    private static PartRow Row(Dictionary<string, PartRow> parts, string number)
    {
        if (!parts.TryGetValue(number, out PartRow? row))
        {
            row = new PartRow();
            parts.Add(number, row);
        }

        return row;
    }

    /// <summary>
    /// One object for each distinct name and made-in text of a file: an ERP export repeats a part's description and plant
    /// country on every row, and a million equal strings or country mixes would each take their own memory.
    /// </summary>
    /// <summary>A file and line, kept instead of the whole record so that a large BOM's records can be let go.</summary>
    private sealed class Place
    {
        public Place(string file, int line)
        {
            File = file;
            Line = line;
        }

        public string File { get; }

        public int Line { get; }
    }

    private sealed class PartRow
    {
        /// <summary>Where the part is declared (its name, category and made_in).</summary>
        public Place? Record { get; set; }

        /// <summary>Where the part is first named.</summary>
        public Place? FirstUse { get; set; }

        public string? Name { get; set; }

        public PartCategory? Category { get; set; }

        public CountryShares? MadeIn { get; set; }

        public Provenance MadeInProvenance { get; set; } = Provenance.UserSupplied;

        public ItemClass ItemClass { get; set; } = ItemClass.Component;

        public double? CoverDays { get; set; }

        public string? HsCode { get; set; }

        public string? Maker { get; set; }

        public List<MaterialContent> Materials { get; } = new();

        public List<BomLine> Children => _children ??= new();

        private List<BomLine>? _children; // a leaf has none: no list for it

        public List<BomLine>? ChildrenOrNull => _children;

        /// <summary>The children's part numbers, so a repeated child is found in constant time (a root with 200,000 child lines read in quadratic time before).</summary>
        public HashSet<string> ChildNumbers => _childNumbers ??= new(StringComparer.Ordinal);

        private HashSet<string>? _childNumbers; // most parts of a large BOM are leaves: no set for them
    }
}
