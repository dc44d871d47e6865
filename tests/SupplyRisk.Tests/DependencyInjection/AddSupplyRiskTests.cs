using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using SupplyRisk.Data;
using SupplyRisk.Extensions.DependencyInjection;
using SupplyRisk.IO;
using SupplyRisk.Parts;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;

namespace SupplyRisk.Tests.DependencyInjection;

public sealed class AddSupplyRiskTests : IDisposable
{
    private static readonly DateTime Day = new(2026, 12, 6);

    private readonly string _dir = Directory.CreateTempSubdirectory("supplyrisk-di-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static void Start(IServiceProvider provider) => provider.GetRequiredService<IStartupValidator>().Validate();

    [Fact]
    public void Registers_the_embedded_model_its_parts_an_assessor_a_scorer_factory_and_a_health_check_as_singletons()
    {
        using ServiceProvider provider = new ServiceCollection().AddSupplyRisk().BuildServiceProvider();
        Start(provider);
        SupplyRiskModel model = provider.GetRequiredService<SupplyRiskModel>();
        Assert.Same(SupplyRiskModel.Default, model);
        Assert.Same(model.Data, provider.GetRequiredService<ReferenceDataset>());
        Assert.Same(model.Timeline, provider.GetRequiredService<PolicyTimeline>());
        Assert.Same(model.Products, provider.GetRequiredService<ProductCatalog>());
        var assessor = provider.GetRequiredService<SupplyRiskAssessor>();
        Assert.Same(assessor, provider.GetRequiredService<SupplyRiskAssessor>());
        Assert.Equal(SupplyRiskAssessor.DefaultInsideBuyerTradeFactor, assessor.InsideBuyerTradeFactor);
        var factory = provider.GetRequiredService<ISupplyRiskScorerFactory>();
        Assert.Same(factory, provider.GetRequiredService<ISupplyRiskScorerFactory>());
        Assert.Same(model, factory.Model);
        Assert.Same(provider.GetRequiredService<SupplyRiskHealthCheck>(), provider.GetRequiredService<SupplyRiskHealthCheck>());
    }

    [Fact]
    public void A_scorer_from_the_factory_scores_as_the_model_does()
    {
        using ServiceProvider provider = new ServiceCollection().AddSupplyRisk().BuildServiceProvider();
        ExposureScorer scorer = provider.GetRequiredService<ISupplyRiskScorerFactory>().Create("US", "current", Day);
        ExposureScorer direct = SupplyRiskModel.Default.CreateScorer("US", "current", Day);
        PartCatalog parts = SupplyRiskModel.Default.Products.Parts;
        Assert.Equal(direct.ScoreAll(parts).Select(r => r.Score), scorer.ScoreAll(parts).Select(r => r.Score));
    }

    [Fact]
    public void Options_bind_from_configuration()
    {
        string shares = Write("shares.csv", TestData.Shares);
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SupplyRisk:IncludeEmbeddedData"] = "false",
            ["SupplyRisk:DataFiles:0:Kind"] = "governance",
            ["SupplyRisk:DataFiles:0:Path"] = Write("governance.csv", TestData.Governance),
            ["SupplyRisk:DataFiles:1:Kind"] = "Materials",
            ["SupplyRisk:DataFiles:1:Path"] = Write("materials.csv", TestData.Materials),
            ["SupplyRisk:DataFiles:2:Kind"] = "StageShares",
            ["SupplyRisk:DataFiles:2:Path"] = shares,
            ["SupplyRisk:InsideBuyerTradeFactor"] = "0.6",
            ["SupplyRisk:DefaultHorizonDays"] = "90",
            ["SupplyRisk:AfterCutoff"] = "reinstate",
            ["SupplyRisk:ScorerCacheSize"] = "8",
        }).Build();
        using ServiceProvider provider = new ServiceCollection().AddSupplyRisk(configuration.GetSection(SupplyRiskOptions.SectionName)).BuildServiceProvider();
        Start(provider);

        SupplyRiskOptions options = provider.GetRequiredService<IOptions<SupplyRiskOptions>>().Value;
        Assert.False(options.IncludeEmbeddedData);
        Assert.Equal(new[] { "governance", "Materials", "StageShares" }, options.DataFiles.Select(f => f.Kind));
        Assert.Equal(shares, options.DataFiles[2].Path);
        Assert.Equal(8, options.ScorerCacheSize);
        Assert.Equal(new[] { "plainium", "testium" }, provider.GetRequiredService<ReferenceDataset>().Materials.Select(m => m.Id.Value));
        Assert.Equal(new[] { "baseline" }, provider.GetRequiredService<SupplyRiskModel>().Scenarios.Select(s => s.Id));
        Assert.Equal(0.6, provider.GetRequiredService<SupplyRiskAssessor>().InsideBuyerTradeFactor);
        ScoringOptions defaults = provider.GetRequiredService<ISupplyRiskScorerFactory>().DefaultOptions;
        Assert.Equal((90, AfterCutoff.Reinstate, 0.6), (defaults.HorizonDays, defaults.AfterCutoff, defaults.InsideBuyerTradeFactor));
    }

    [Fact]
    public void A_misspelt_configuration_key_stops_the_start_naming_the_key()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SupplyRisk:InsideBuyerTradeFacter"] = "0.6",
        }).Build();
        using ServiceProvider provider = new ServiceCollection().AddSupplyRisk(configuration.GetSection(SupplyRiskOptions.SectionName)).BuildServiceProvider();
        var e = Assert.Throws<InvalidOperationException>(() => Start(provider));
        Assert.Contains("InsideBuyerTradeFacter", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Configure_after_AddSupplyRisk_is_honoured_and_a_second_call_registers_nothing_more()
    {
        var services = new ServiceCollection();
        services.AddSupplyRisk(o => o.InsideBuyerTradeFactor = 1.0).AddSupplyRisk(o => o.DefaultHorizonDays = 30);
        services.Configure<SupplyRiskOptions>(o => o.InsideBuyerTradeFactor = 0.5);
        Assert.Equal(1, services.Count(d => d.ServiceType == typeof(SupplyRiskModel)));
        Assert.Equal(1, services.Count(d => d.ServiceType == typeof(ISupplyRiskScorerFactory)));
        Assert.Equal(1, services.Count(d => d.ServiceType == typeof(IValidateOptions<SupplyRiskOptions>)));
        using ServiceProvider provider = services.BuildServiceProvider();
        Start(provider);
        Assert.Equal(0.5, provider.GetRequiredService<SupplyRiskAssessor>().InsideBuyerTradeFactor);
        ScoringOptions defaults = provider.GetRequiredService<ISupplyRiskScorerFactory>().DefaultOptions;
        Assert.Equal((30, 0.5), (defaults.HorizonDays, defaults.InsideBuyerTradeFactor));
    }

    [Fact]
    public void Custom_data_is_built_from_the_ConfigureData_callback()
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
    public void ValidateOnStart_fails_with_every_problem_of_the_options_listed()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddSupplyRisk(o =>
            {
                o.InsideBuyerTradeFactor = 0;
                o.DefaultHorizonDays = 0;
                o.AfterCutoff = "sometimes";
                o.DataFiles.Add(new SupplyRiskDataFile { Kind = "Sharez", Path = Path.Combine(_dir, "missing.csv") });
                o.ScenarioFiles.Add(Path.Combine(_dir, "missing.json"));
            })
            .BuildServiceProvider();
        var e = Assert.Throws<OptionsValidationException>(() => Start(provider));
        Assert.Equal(typeof(SupplyRiskOptions), e.OptionsType);
        Assert.Collection(
            e.Failures,
            f => Assert.Contains("InsideBuyerTradeFactor", f),
            f => Assert.Contains("DefaultHorizonDays must lie within [1, 3650]; got 0", f),
            f => Assert.Contains("AfterCutoff must be one of Extend, Reinstate; got 'sometimes'", f),
            f => Assert.Contains("DataFiles:0:Kind 'Sharez' is unknown", f),
            f => Assert.Contains("DataFiles:0:Path: file", f),
            f => Assert.Contains("ScenarioFiles:0: file", f));
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ISupplyRiskScorerFactory>());
    }

    [Fact]
    public void ValidateOnStart_fails_on_a_bad_data_file_with_its_file_and_lines()
    {
        string bad = Write("bad-shares.csv",
            "material,stage,stage_label,country,share,year,quality,source,note\n" +
            "cobalt,processing,refined cobalt,XX,0.60,2026,estimate,test,\n" +
            "cobalt,processing,refined cobalt,FI,lots,2026,estimate,test,\n");
        using ServiceProvider provider = new ServiceCollection()
            .AddSupplyRisk(o => o.DataFiles.Add(new SupplyRiskDataFile(DataFileKind.StageShares, bad)))
            .BuildServiceProvider();
        var e = Assert.Throws<OptionsValidationException>(() => Start(provider));
        Assert.True(e.Failures.Count() >= 2, string.Join(Environment.NewLine, e.Failures));
        Assert.All(e.Failures, f => Assert.StartsWith("SupplyRisk data: bad-shares.csv line ", f));
        Assert.Contains(e.Failures, f => f.Contains("line 2", StringComparison.Ordinal));
        Assert.Contains(e.Failures, f => f.Contains("line 3", StringComparison.Ordinal));
        Assert.Throws<ReferenceDataException>(() => provider.GetRequiredService<SupplyRiskModel>());
    }

    [Fact]
    public void ValidateOnStart_lists_a_bad_scenario_and_a_bad_timeline_with_the_data_problems()
    {
        string scenario = Write("typo.json", "{ \"id\": \"s\", \"mesures\": [] }");
        string timeline = Write("measures.csv", "id,kind,issuer,effective,source\nm1,export-ban,CN,not-a-date,test\n");
        using ServiceProvider provider = new ServiceCollection()
            .AddSupplyRisk(o =>
            {
                o.ScenarioFiles.Add(scenario);
                o.TimelineFile = timeline;
            })
            .BuildServiceProvider();
        var e = Assert.Throws<OptionsValidationException>(() => Start(provider));
        Assert.Contains(e.Failures, f => f.Contains("measures.csv line 2", StringComparison.Ordinal));
        Assert.Contains(e.Failures, f => f.Contains("typo.json", StringComparison.Ordinal) && f.Contains("mesures", StringComparison.Ordinal));
    }

    [Fact]
    public void TryCreate_is_false_for_unknown_or_null_ids_and_Create_names_what_is_known()
    {
        using ServiceProvider provider = new ServiceCollection().AddSupplyRisk().BuildServiceProvider();
        var factory = provider.GetRequiredService<ISupplyRiskScorerFactory>();
        Assert.False(factory.TryCreate("Atlantis", "current", Day, null, out ExposureScorer? scorer));
        Assert.Null(scorer);
        Assert.False(factory.TryCreate("US", "no-such-scenario", Day, null, out _));
        Assert.False(factory.TryCreate(null, "current", Day, null, out _));
        Assert.False(factory.TryCreate("US", null, Day, null, out _));
        Assert.True(factory.TryCreate("EU", "current", Day, null, out scorer));
        Assert.Equal("EU", scorer.Buyer.Code);
        var e = Assert.Throws<KeyNotFoundException>(() => factory.Create("US", "no-such-scenario", Day));
        Assert.Contains("current", e.Message, StringComparison.Ordinal);
        Assert.Throws<KeyNotFoundException>(() => factory.Create("Atlantis", "current", Day));
        Assert.Throws<ArgumentNullException>(() => factory.Create(null!, "current", Day));
    }

    [Fact]
    public void Many_threads_asking_for_one_key_share_one_scorer_and_a_full_cache_still_gives_the_right_one()
    {
        using ServiceProvider provider = new ServiceCollection().AddSupplyRisk(o => o.ScorerCacheSize = 2).BuildServiceProvider();
        var factory = provider.GetRequiredService<ISupplyRiskScorerFactory>();
        var seen = new ExposureScorer[64];
        System.Threading.Tasks.Parallel.For(0, seen.Length, i => seen[i] = factory.Create("US", "baseline", Day));
        Assert.All(seen, s => Assert.Same(seen[0], s));

        // Three keys through a cache of two: every scorer is still the one asked for.
        for (int round = 0; round < 3; round++)
        {
            for (int day = 0; day < 3; day++)
            {
                ExposureScorer scorer = factory.Create("EU", "baseline", Day.AddDays(day));
                Assert.Equal((Day.AddDays(day), "EU", "baseline"), (scorer.AsOf, scorer.Buyer.Code, scorer.Scenario.Id));
            }
        }
    }

    [Fact]
    public void The_same_key_gives_the_same_scorer_and_another_key_another()
    {
        using ServiceProvider provider = new ServiceCollection().AddSupplyRisk().BuildServiceProvider();
        var factory = provider.GetRequiredService<ISupplyRiskScorerFactory>();
        ExposureScorer first = factory.Create("US", "current", Day);
        Assert.Same(first, factory.Create("US", "current", Day.AddHours(13)));
        Assert.True(factory.TryCreate("US", "current", Day, new ScoringOptions(), out ExposureScorer? equalOptions));
        Assert.Same(first, equalOptions);
        Assert.NotSame(first, factory.Create("US", "current", Day.AddDays(1)));
        Assert.NotSame(first, factory.Create("EU", "current", Day));
        ExposureScorer other = factory.Create("US", "current", Day, new ScoringOptions(insideBuyerTradeFactor: 1.0));
        Assert.NotSame(first, other);
        Assert.Equal(1.0, other.Options.InsideBuyerTradeFactor);
    }

    [Fact]
    public async Task The_health_check_reports_the_cutoff_and_counts()
    {
        using ServiceProvider provider = new ServiceCollection().AddSupplyRisk().BuildServiceProvider();
        HealthCheckResult result = await provider.GetRequiredService<SupplyRiskHealthCheck>().CheckHealthAsync(new HealthCheckContext());
        SupplyRiskModel model = SupplyRiskModel.Default;
        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal(model.DataAsOf!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), result.Data["dataAsOf"]);
        Assert.Equal(model.Scenarios.Count, result.Data["scenarios"]);
        Assert.Equal(model.Data.Materials.Count, result.Data["materials"]);
        Assert.Contains("data cut-off", result.Description, StringComparison.Ordinal);
    }
}
