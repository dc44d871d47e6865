using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System;
using CsCheck;
using SupplyRisk.IO;
using SupplyRisk.Parts;

namespace SupplyRisk.Tests.Reliability;

/// <summary>
/// The two BOM formats describe one model: a generated bill of materials written as a CSV file and as a JSON file reads
/// back to equal parts (numbers, names, categories, made-in mixes, classes, covers, HS codes, materials, children), and
/// flattens to equal totals.
/// </summary>
public sealed class BomReaderAgreementTests
{
    private static readonly string[] Materials = { "copper", "cobalt", "neodymium", "dysprosium", "gallium", "lithium" };
    private static readonly string[] Countries = { "CN", "DE", "JP", "US", "VN" };
    private static readonly string[] Classes = { "component", "assembly", "magnet" };

    /// <summary>A generated part: its lines and its children among the parts after it (so the BOM has no cycle).</summary>
    private sealed record GenPart(int Category, int Made, double Share, int Class, double? Cover, bool Coded, (int Material, double Grams, double Sigma)[] Lines, (int Child, double Quantity)[] Children);

    private static readonly Gen<GenPart[]> Boms =
        Gen.Int[1, 8].SelectMany(n => Gen.Select(
            Gen.Int[0, 4], Gen.Int[0, Countries.Length - 1], Gen.Double[0.1, 0.9], Gen.Int[0, Classes.Length - 1], Gen.Double[0, 60].Nullable(), Gen.Bool,
            Gen.Select(Gen.Int[0, Materials.Length - 1], Gen.Double[0, 500], Gen.Double[0, 1]).Array[0, 3],
            Gen.Select(Gen.Int[0, 7], Gen.Double[0.5, 4]).Array[0, 3])
            .Select((c, m, s, k, cover, coded, lines, children) => new GenPart(c, m, s, k, cover, coded, lines, children))
            .Array[n]);

    private static string Number(int index) => "P-" + index.ToString(CultureInfo.InvariantCulture);

    private static string R(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The part's lines without repeated materials, and its children among later parts without repeats.</summary>
    private static ((int Material, double Grams, double Sigma)[] Lines, (int Child, double Quantity)[] Children) Clean(GenPart[] bom, int i) =>
        (bom[i].Lines.GroupBy(l => l.Material).Select(g => g.First()).ToArray(),
         bom[i].Children.Select(c => (Child: i + 1 + (c.Child % Math.Max(1, bom.Length - i - 1)), c.Quantity)).Where(c => c.Child < bom.Length).GroupBy(c => c.Child).Select(g => g.First()).ToArray());

    private static string MadeInCsv(GenPart p) => $"{Countries[p.Made]}:{R(p.Share)};{Countries[(p.Made + 1) % Countries.Length]}:{R(1 - p.Share)}";

    private static string Csv(GenPart[] bom)
    {
        var csv = new StringBuilder("part_number,name,category,made_in,child,quantity,material,grams,substitutability,item_class,cover_days,hs_code\n");
        for (int i = 0; i < bom.Length; i++)
        {
            GenPart p = bom[i];
            var (lines, children) = Clean(bom, i);
            string cover = p.Cover is double d ? R(d) : string.Empty;
            csv.Append(FormattableString.Invariant($"{Number(i)},\"part {i}, made\",{PartCategories.Name((PartCategory)p.Category)},{MadeInCsv(p)},,,,,,{Classes[p.Class]},{cover},{(p.Coded ? "8501.10" : string.Empty)}\n"));
            foreach (var (m, g, s) in lines)
            {
                csv.Append(FormattableString.Invariant($"{Number(i)},,,,,,{Materials[m]},{R(g)},{R(s)},,,\n"));
            }

            foreach (var (c, q) in children)
            {
                csv.Append(FormattableString.Invariant($"{Number(i)},,,,{Number(c)},{R(q)},,,,,,\n"));
            }
        }

        return csv.ToString();
    }

    private static string Json(GenPart[] bom)
    {
        var json = new StringBuilder("{ \"parts\": [\n");
        for (int i = 0; i < bom.Length; i++)
        {
            GenPart p = bom[i];
            var (lines, children) = Clean(bom, i);
            json.Append(FormattableString.Invariant($"  {{ \"partNumber\": \"{Number(i)}\", \"name\": \"part {i}, made\", \"category\": \"{PartCategories.Name((PartCategory)p.Category)}\", "));
            json.Append(FormattableString.Invariant($"\"madeIn\": {{ \"{Countries[p.Made]}\": {R(p.Share)}, \"{Countries[(p.Made + 1) % Countries.Length]}\": {R(1 - p.Share)} }}, \"itemClass\": \"{Classes[p.Class]}\""));
            if (p.Cover is double d)
            {
                json.Append(FormattableString.Invariant($", \"coverDays\": {R(d)}"));
            }

            if (p.Coded)
            {
                json.Append(", \"hsCode\": \"8501.10\"");
            }

            json.Append(", \"materials\": [").Append(string.Join(", ", lines.Select(l => FormattableString.Invariant($"{{ \"material\": \"{Materials[l.Material]}\", \"grams\": {R(l.Grams)}, \"substitutability\": {R(l.Sigma)} }}")))).Append(']');
            json.Append(", \"children\": [").Append(string.Join(", ", children.Select(c => FormattableString.Invariant($"{{ \"part\": \"{Number(c.Child)}\", \"quantity\": {R(c.Quantity)} }}")))).Append(']');
            json.Append(i + 1 < bom.Length ? " },\n" : " }\n");
        }

        return json.Append("] }\n").ToString();
    }

    [Fact]
    public void A_BOM_written_as_CSV_and_as_JSON_reads_to_equal_parts_and_flattens_to_equal_totals()
    {
        Boms.Sample(bom =>
        {
            ProductCatalog fromCsv = BomCsv.Read(new StringReader(Csv(bom)), "bom.csv");
            ProductCatalog fromJson = BomJson.Read(Json(bom), "bom.json");
            Assert.Equal(fromCsv.Products.Single().RootPart, fromJson.Products.Single().RootPart);
            Assert.Equal(bom.Length, fromCsv.Parts.Parts.Count);
            foreach (Part a in fromCsv.Parts.Parts)
            {
                Part b = fromJson.Parts.Get(a.PartNumber);
                Assert.Equal(a.Name, b.Name);
                Assert.Equal(a.Category, b.Category);
                Assert.Equal(a.ItemClass, b.ItemClass);
                Assert.Equal(a.CoverDays, b.CoverDays);
                Assert.Equal(a.HsCode, b.HsCode);
                Assert.Equal(a.MadeIn.Entries.Select(e => (e.Country, e.Share)), b.MadeIn.Entries.Select(e => (e.Country, e.Share)));
                Assert.Equal(a.Materials.Select(m => (m.Material, m.Grams, m.Substitutability)), b.Materials.Select(m => (m.Material, m.Grams, m.Substitutability)));
                Assert.Equal(a.Children.Select(c => (c.ChildPartNumber, c.Quantity)), b.Children.Select(c => (c.ChildPartNumber, c.Quantity)));
            }

            FlatPart flatCsv = fromCsv.Parts.Flatten(Number(0));
            FlatPart flatJson = fromJson.Parts.Flatten(Number(0));
            Assert.Equal(flatCsv.Materials.Select(m => (m.Material, m.Grams)), flatJson.Materials.Select(m => (m.Material, m.Grams)));
        }, iter: 200);
    }
}
