using System.Collections.Generic;
using System.Linq;
using System;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Parts;

namespace SupplyRisk.Tests.Parts;

public sealed class PartCatalogTests
{
    private static readonly CountryShares China = CountryShares.Create((CountryCode.Parse("CN"), 1.0));
    private static readonly CountryShares JapanChina = CountryShares.Create((CountryCode.Parse("JP"), 0.25), (CountryCode.Parse("CN"), 0.75));

    private static Part P(string number, IEnumerable<MaterialContent>? materials = null, params (string Child, double Qty)[] children) =>
        new(number, number, PartCategory.Automotive, China, materials, children.Select(c => new BomLine(c.Child, c.Qty)));

    [Fact]
    public void Flattening_multiplies_quantities_down_a_shared_sub_assembly_DAG()
    {
        // CAR -> 2 × MOTOR -> 1 × MAGNET (made JP 25 % / CN 75 %); CAR -> 1 × PUMP -> 1 × MAGNET (the same magnet).
        var magnet = new Part("MAGNET", "magnet", PartCategory.Automotive, JapanChina, new[]
        {
            new MaterialContent("neodymium", 300, 0.9),
            new MaterialContent("dysprosium", 40, 1.0),
        });
        var catalog = new PartCatalog(new[]
        {
            P("CAR", new[] { new MaterialContent("copper", 20_000, 0.2) }, ("MOTOR", 2), ("PUMP", 1)),
            P("MOTOR", new[] { new MaterialContent("dysprosium", 10, 0.5) }, ("MAGNET", 1)),
            P("PUMP", null, ("MAGNET", 1)),
            magnet,
        });

        FlatPart car = catalog.Flatten("CAR");
        Assert.Equal(new[] { "copper", "dysprosium", "neodymium" }, car.Materials.Select(m => m.Material.Value));
        Assert.Equal(900, car.Find("neodymium")!.Grams, 12);           // 3 magnets × 300 g
        FlatMaterial dy = car.Find("dysprosium")!;
        Assert.Equal((3 * 40) + (2 * 10), dy.Grams, 12);               // 140 g
        Assert.Equal(((120 * 1.0) + (20 * 0.5)) / 140, dy.Substitutability, 12);
        // Country path: magnet Dy 120 g made JP 25 % / CN 75 %, motor Dy 20 g made in CN.
        Assert.Equal(new[] { ("CN", 110.0), ("JP", 30.0) }, dy.GramsByMadeIn.Select(p => (p.Key.Value, System.Math.Round(p.Value, 9))));
    }

    [Fact]
    public void A_cycle_is_an_error_that_names_the_cycle()
    {
        var error = Assert.Throws<ArgumentException>(() => new PartCatalog(new[] { P("A", null, ("B", 1)), P("B", null, ("C", 2)), P("C", null, ("A", 1)) }));
        Assert.Contains("cycle: A → B → C → A", error.Message);
        var self = Assert.Throws<ArgumentException>(() => new PartCatalog(new[] { P("X", null, ("X", 1)) }));
        Assert.Contains("cycle: X → X", self.Message);
    }

    [Fact]
    public void Unknown_children_and_repeated_part_numbers_are_all_named()
    {
        var error = Assert.Throws<ArgumentException>(() => new PartCatalog(new[] { P("A", null, ("GHOST", 1)), P("A"), P("B", null, ("PHANTOM", 1)) }));
        Assert.Contains("part number 'A' is used more than once", error.Message);
        Assert.Contains("part 'A' has unknown child 'GHOST'", error.Message);
        Assert.Contains("part 'B' has unknown child 'PHANTOM'", error.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void Quantities_must_be_positive_and_grams_non_negative(double bad)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BomLine("A", bad));
        if (bad < 0 || double.IsNaN(bad))
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => new MaterialContent("cobalt", bad));
        }
    }

    [Fact]
    public void A_100000_level_chain_flattens_without_overflowing_the_stack()
    {
        const int depth = 100_000;
        var parts = new Part[depth];
        for (int i = 0; i < depth; i++)
        {
            parts[i] = i == depth - 1
                ? P("L" + i, new[] { new MaterialContent("gallium", 0.5) })
                : P("L" + i, null, ("L" + (i + 1), 1));
        }

        FlatPart top = new PartCatalog(parts).Flatten("L0");
        Assert.Equal(0.5, top.Find("gallium")!.Grams);
    }
}
