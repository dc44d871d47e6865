using System;
using SupplyRisk.Geography;
using SupplyRisk.Materials;

namespace SupplyRisk.Tests.Materials;

public sealed class MaterialTests
{
    private static SupplyStage Stage(StageKind kind) =>
        new(kind, null, CountryShares.Create((CountryCode.Parse("CN"), 1.0)));

    [Fact]
    public void Stages_are_kept_in_supply_chain_order()
    {
        var m = new Material("neodymium", "Neodymium", new[] { Stage(StageKind.Manufacturing), Stage(StageKind.Extraction), Stage(StageKind.Processing) });
        Assert.Equal(new[] { StageKind.Extraction, StageKind.Processing, StageKind.Manufacturing }, new[] { m.Stages[0].Kind, m.Stages[1].Kind, m.Stages[2].Kind });
        Assert.Null(new Material("gallium", "Gallium", new[] { Stage(StageKind.Processing) }).FindStage(StageKind.Extraction));
    }

    [Fact]
    public void A_material_without_stages_or_with_a_repeated_stage_is_rejected()
    {
        var none = Assert.Throws<ArgumentException>(() => new Material("cobalt", "Cobalt", Array.Empty<SupplyStage>()));
        Assert.Contains("'cobalt' has no supply stages", none.Message);
        var twice = Assert.Throws<ArgumentException>(() => new Material("cobalt", "Cobalt", new[] { Stage(StageKind.Processing), Stage(StageKind.Processing) }));
        Assert.Contains("more than one Processing stage", twice.Message);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    public void Parameters_outside_zero_to_one_are_rejected(double value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Material("cobalt", "Cobalt", new[] { Stage(StageKind.Extraction) }) { SubstitutionIndexSupplyRisk = value });
        Assert.Throws<ArgumentOutOfRangeException>(() => new Material("cobalt", "Cobalt", new[] { Stage(StageKind.Extraction) }) { EndOfLifeRecyclingInputRate = value });
    }

    [Theory]
    [InlineData("natural-graphite", true)]
    [InlineData("ree-total", true)]
    [InlineData("Cobalt", false)]
    [InlineData("-cobalt", false)]
    [InlineData("co--balt", false)]
    [InlineData("co balt", false)]
    [InlineData("", false)]
    public void Material_ids_are_lowercase_kebab_case(string text, bool valid)
    {
        Assert.Equal(valid, MaterialId.IsValid(text));
        Assert.Equal(valid, MaterialId.TryFrom(text, out _));
    }

    [Fact]
    public void What_if_copies_keep_everything_else_and_leave_the_original_alone()
    {
        var cobalt = new Material("cobalt", "Cobalt", new[] { Stage(StageKind.Extraction), Stage(StageKind.Processing) })
        {
            Symbol = "Co",
            EndOfLifeRecyclingInputRate = 0.22,
            SubstitutionIndexSupplyRisk = 0.91,
            SubstitutionIndexEconomicImportance = 0.9,
        };
        var congo = new SupplyStage(StageKind.Extraction, "mine", CountryShares.Create((CountryCode.Parse("CD"), 1.0)));

        Material moved = cobalt.WithStage(congo);
        Material easier = cobalt.WithSubstitutionIndexSupplyRisk(0.5);
        Material refined = cobalt.WithStage(Stage(StageKind.Manufacturing));

        Assert.Same(congo, moved.GetStage(StageKind.Extraction));
        Assert.Same(cobalt.Stages[1], moved.GetStage(StageKind.Processing));
        Assert.Equal(3, refined.Stages.Count);
        Assert.Equal(0.5, easier.SubstitutionIndexSupplyRisk);
        foreach (Material copy in new[] { moved, easier, refined })
        {
            Assert.Equal(("Co", 0.22, 0.9), (copy.Symbol, copy.EndOfLifeRecyclingInputRate, copy.SubstitutionIndexEconomicImportance));
        }

        Assert.Equal(0.91, cobalt.SubstitutionIndexSupplyRisk);
        Assert.Equal("CN", cobalt.GetStage(StageKind.Extraction).Shares.Entries[0].Country.Value);
        Assert.Throws<ArgumentOutOfRangeException>(() => cobalt.WithSubstitutionIndexSupplyRisk(1.2));
    }
}
