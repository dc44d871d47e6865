using System.Linq;
using SupplyRisk.Data;
using SupplyRisk.Geography;
using SupplyRisk.Materials;

namespace SupplyRisk.Tests.Data;

public sealed class DefaultDatasetTests
{
    [Fact]
    public void Default_dataset_loads_and_covers_the_required_materials()
    {
        ReferenceDataset data = ReferenceDataset.Default;
        string[] required =
        {
            "neodymium", "praseodymium", "dysprosium", "terbium", "samarium", "yttrium", "lree", "hree", "ree-total",
            "gallium", "germanium", "natural-graphite", "cobalt", "lithium", "nickel", "manganese", "copper",
            "tungsten", "antimony", "tantalum", "indium", "magnesium", "platinum", "palladium",
        };
        var missing = required.Where(id => !data.TryGetMaterial(MaterialId.From(id), out _)).ToList();
        Assert.Empty(missing);
    }
}
