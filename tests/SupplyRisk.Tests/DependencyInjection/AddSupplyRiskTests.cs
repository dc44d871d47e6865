using System.IO;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using SupplyRisk.Criticality;
using SupplyRisk.Data;
using SupplyRisk.Extensions.DependencyInjection;
using SupplyRisk.IO;
using SupplyRisk.Scoring;

namespace SupplyRisk.Tests.DependencyInjection;

public sealed class AddSupplyRiskTests
{
    [Fact]
    public void Registers_the_default_dataset_and_an_assessor_as_singletons()
    {
        using ServiceProvider provider = new ServiceCollection().AddSupplyRisk().BuildServiceProvider();
        Assert.Same(EmbeddedData.Dataset, provider.GetRequiredService<ReferenceDataset>());
        var assessor = provider.GetRequiredService<SupplyRiskAssessor>();
        Assert.Same(assessor, provider.GetRequiredService<SupplyRiskAssessor>());
        Assert.Equal(SupplyRiskAssessor.DefaultInsideBuyerTradeFactor, assessor.InsideBuyerTradeFactor);
    }

    [Fact]
    public void Is_idempotent_and_the_first_configuration_wins()
    {
        var services = new ServiceCollection();
        services.AddSupplyRisk(o => o.InsideBuyerTradeFactor = 1.0).AddSupplyRisk(o => o.InsideBuyerTradeFactor = 0.5);
        Assert.Equal(1, services.Count(d => d.ServiceType == typeof(SupplyRiskAssessor)));
        Assert.Equal(1, services.Count(d => d.ServiceType == typeof(ReferenceDataset)));
        using ServiceProvider provider = services.BuildServiceProvider();
        Assert.Equal(1.0, provider.GetRequiredService<SupplyRiskAssessor>().InsideBuyerTradeFactor);
    }

    [Fact]
    public void Custom_data_is_built_from_the_configured_files()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddSupplyRisk(o =>
            {
                o.IncludeEmbeddedData = false;
                o.ConfigureData = b => b
                    .Add(DataFileKind.Governance, new StringReader(TestData.Governance), "g.csv")
                    .Add(DataFileKind.Materials, new StringReader(TestData.Materials), "m.csv")
                    .Add(DataFileKind.StageShares, new StringReader(TestData.Shares), "s.csv");
            })
            .BuildServiceProvider();
        ReferenceDataset data = provider.GetRequiredService<ReferenceDataset>();
        Assert.Equal(new[] { "plainium", "testium" }, data.Materials.Select(m => m.Id.Value));
    }

    [Fact]
    public void An_invalid_trade_factor_is_rejected_at_registration()
    {
        Assert.Throws<System.ArgumentOutOfRangeException>(() => new ServiceCollection().AddSupplyRisk(o => o.InsideBuyerTradeFactor = 0));
    }
}
