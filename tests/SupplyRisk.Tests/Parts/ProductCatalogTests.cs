using System.IO;
using System.Linq;
using SupplyRisk.Data;
using SupplyRisk.IO;
using SupplyRisk.Parts;

namespace SupplyRisk.Tests.Parts;

public sealed class ProductCatalogTests
{
    [Fact]
    public void The_built_in_archetypes_load_with_sourced_multi_level_BOMs()
    {
        ProductCatalog catalog = EmbeddedData.Products;
        Assert.Equal(new[] { "bev", "hev", "ice-car", "smartphone", "laptop", "wind-turbine-dd" }.OrderBy(x => x), catalog.Products.Select(p => p.Id).OrderBy(x => x));
        foreach (Product product in catalog.Products)
        {
            FlatPart flat = catalog.Parts.Flatten(product.RootPart);
            Assert.NotEmpty(flat.Materials);
            Assert.NotEmpty(catalog.Parts.Get(product.RootPart).Children);
        }

        // The BEV's 75 kWh pack is 45 kWh of NMC622 cells and 30 kWh of LFP cells (the 2024 mix): its battery materials are
        // the per-kWh contents times those quantities, and copper keeps the IEA per-vehicle 53.2 kg.
        FlatPart bev = catalog.Parts.Flatten(catalog.Get("bev").RootPart);
        double PerKwh(string cells, string material) => catalog.Parts.Get(cells).Materials.SingleOrDefault(m => m.Material == material)?.Grams ?? 0;
        foreach (string material in new[] { "natural-graphite", "synthetic-graphite", "nickel", "lithium", "cobalt" })
        {
            Assert.Equal((45 * PerKwh("BEV-CELLS-KWH", material)) + (30 * PerKwh("BEV-CELLS-KWH-LFP", material)), bev.Find(material)!.Grams, 6);
        }

        Assert.Equal(0, PerKwh("BEV-CELLS-KWH-LFP", "nickel"));
        Assert.Equal(53_200, bev.Find("copper")!.Grams, 1);
        Assert.Equal(1.0, bev.Find("dysprosium")!.Substitutability);
        Assert.All(catalog.Parts.Parts.SelectMany(p => p.Materials), m => Assert.NotEqual("supplied by the caller", m.Provenance.Source));
    }

    [Fact]
    public void A_single_file_BOM_reads_parts_children_and_materials()
    {
        const string csv =
            "part_number,name,category,made_in,child,quantity,material,grams,substitutability\n" +
            "EV,My EV,automotive,US,,,,,\n" +
            "EV,,,,MOTOR,2,copper,1000,0.2\n" +
            "MOTOR,Motor,automotive,CN:0.8;JP:0.2,,,dysprosium,50,1\n";
        ProductCatalog catalog = BomCsv.Read(new StringReader(csv), "my-ev.csv");
        Assert.Equal("EV", catalog.Products.Single().RootPart);
        FlatPart ev = catalog.Parts.Flatten("EV");
        Assert.Equal(100, ev.Find("dysprosium")!.Grams);
        Assert.Equal(1000, ev.Find("copper")!.Grams);
    }

    [Fact]
    public void A_bad_BOM_file_lists_every_problem_with_its_line()
    {
        const string csv =
            "part_number,name,category,made_in,child,quantity,material,grams,substitutability\n" +
            "EV,My EV,automobile,US,,,,,\n" +           // line 2: bad category
            "EV,,,,MOTOR,-2,,,\n" +                     // line 3: negative quantity
            "MOTOR,Motor,automotive,CN:0.8;XX:0.2,,,unobtainium!,50,1.5\n" + // line 4: bad country, id, substitutability
            "PUMP,Pump,other,DE,GHOST,1,,,\n";          // line 5: GHOST never declared
        var error = Assert.Throws<BomFormatException>(() => BomCsv.Read(new StringReader(csv), "bad.csv"));
        string[] lines = error.Errors.Select(e => e.ToString()).ToArray();
        Assert.Contains(lines, l => l.StartsWith("bad.csv line 2", System.StringComparison.Ordinal) && l.Contains("category 'automobile'", System.StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("bad.csv line 3", System.StringComparison.Ordinal) && l.Contains("'quantity' is -2", System.StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("bad.csv line 4", System.StringComparison.Ordinal) && l.Contains("'XX'", System.StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("bad.csv line 4", System.StringComparison.Ordinal) && l.Contains("'unobtainium!' is not a material id", System.StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("bad.csv line 4", System.StringComparison.Ordinal) && l.Contains("'substitutability' is 1.5", System.StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("bad.csv line 5", System.StringComparison.Ordinal) && l.Contains("'GHOST' is used but never declared", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_child_repeated_under_a_wide_parent_is_reported_with_its_line()
    {
        var csv = new System.Text.StringBuilder("part_number,name,category,made_in,child,quantity,material,grams,substitutability\nROOT,Root,other,DE,,,copper,10,1\n");
        for (int i = 0; i < 5000; i++)
        {
            csv.Append("ROOT,,,,C").Append(i).Append(",1,,,\n");
        }

        csv.Append("ROOT,,,,C4321,2,,,\n"); // line 5,003: a repeat among 5,000 children
        for (int i = 0; i < 5000; i++)
        {
            csv.Append('C').Append(i).Append(",c,other,DE,,,copper,1,1\n");
        }

        var error = Assert.Throws<BomFormatException>(() => BomCsv.Read(new StringReader(csv.ToString()), "wide.csv"));
        DataError e = Assert.Single(error.Errors);
        Assert.Equal(5003, e.Line);
        Assert.Contains("child 'C4321' is listed twice under 'ROOT'", e.Message);
    }
}
