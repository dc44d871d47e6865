using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using SupplyRisk.Charts;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Parts;
using SupplyRisk.Scoring;
using SupplyRisk.Sensitivity;

namespace SupplyRisk.Tests.Charts;

/// <summary>
/// The charts render headless to valid PNG (signature, IHDR size as asked) and SVG (well-formed XML whose text holds
/// the part and its top materials), the same input gives the same bytes, and bad inputs fail with a clear message.
/// Built-in data: US buyer, scenario trade-war-2025, 2026-11-28.
/// </summary>
public sealed class ChartTests : IDisposable
{
    private static readonly DateTime AsOf = new(2026, 11, 28);
    private static readonly Lazy<ExposureScorer> LazyScorer = new(() => SupplyRiskModel.Default.CreateScorer("US", "trade-war-2025", AsOf));
    private static readonly Lazy<ExposureReport> LazyBev = new(() => Scorer.Score(SupplyRiskModel.Default.Products.Parts, "BEV"));
    private static readonly Lazy<TornadoTable> LazyTornado = new(() =>
    {
        FlatPart flat = Scorer.Flatten(SupplyRiskModel.Default.Products.Parts, "BEV");
        return SensitivityAnalysis.Run(Scorer, flat, SensitivityInput.DefaultsFor(SupplyRiskModel.Default.Data, flat).Take(6));
    });

    private static readonly byte[] PngSignature = { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "supplyrisk-charts-" + Guid.NewGuid().ToString("N"));

    public ChartTests() => Directory.CreateDirectory(_folder);

    private static ExposureScorer Scorer => LazyScorer.Value;

    private static ExposureReport Bev => LazyBev.Value;

    private static TornadoTable BevTornado => LazyTornado.Value;

    public static TheoryData<string> ChartKinds => new() { "contributions", "products", "tornado", "time-path" };

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(ChartKinds))]
    public void Every_chart_writes_a_PNG_of_the_size_asked(string kind)
    {
        string file = Path.Combine(_folder, kind + ".png");
        Chart(kind).SavePng(file, 640, 420);

        byte[] png = File.ReadAllBytes(file);
        Assert.Equal(PngSignature, png.Take(8).ToArray());
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(640, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(420, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
        Assert.True(png.Length > 5_000, $"{kind}: a PNG of {png.Length} bytes is too small to hold a drawn chart");
    }

    [Theory]
    [MemberData(nameof(ChartKinds))]
    public void Every_chart_writes_well_formed_SVG_of_the_size_asked_with_the_part_in_its_text(string kind)
    {
        string file = Path.Combine(_folder, kind + ".svg");
        Chart(kind).SaveSvg(file, 800, 500);

        XDocument svg = XDocument.Load(file);
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        Assert.Equal("800", svg.Root.Attribute("width")?.Value);
        Assert.Equal("500", svg.Root.Attribute("height")?.Value);
        Assert.Contains(Texts(svg), t => t.Contains("BEV", StringComparison.Ordinal));
        Assert.Equal(File.ReadAllText(file), Chart(kind).ToSvg(800, 500));
    }

    [Fact]
    public void The_contributions_chart_names_the_top_materials_sums_the_rest_as_other_and_titles_the_context()
    {
        ExposureChart chart = ExposureCharts.Contributions(Bev, 3);
        string[] texts = Texts(XDocument.Parse(chart.ToSvg()));

        foreach (MaterialExposure m in Bev.Materials.Take(3))
        {
            Assert.Contains(m.Material.Value, texts);
        }

        Assert.DoesNotContain(Bev.Materials[3].Material.Value, texts);
        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, "other ({0} materials)", Bev.Materials.Count - 3), texts);
        Assert.StartsWith(string.Format(System.Globalization.CultureInfo.InvariantCulture, "BEV: exposure score {0:0.0} by material\n", Bev.Score), chart.Title);
        Assert.EndsWith("buyer US, scenario trade-war-2025, 2026-11-28", chart.Title);
    }

    [Fact]
    public void Products_by_scenario_has_one_bar_series_per_scenario_and_a_label_per_product()
    {
        IReadOnlyList<ExposureReport> reports = Batch();
        string[] texts = Texts(XDocument.Parse(ExposureCharts.ProductsByScenario(reports).ToSvg()));

        foreach (string part in reports.Select(r => r.PartNumber).Distinct())
        {
            Assert.Contains(part, texts);
        }

        Assert.Contains("baseline", texts);
        Assert.Contains("trade-war-2025", texts);
        Assert.Equal("Exposure score by product and scenario\nbuyer US, 2026-11-28", ExposureCharts.ProductsByScenario(reports).Title);
    }

    [Fact]
    public void The_tornado_lists_the_inputs_with_the_largest_swing_first()
    {
        ExposureChart chart = ExposureCharts.Tornado(BevTornado, 2);
        string[] texts = Texts(XDocument.Parse(chart.ToSvg()));

        Assert.Contains(texts, t => t.StartsWith(BevTornado.Rows[0].Input.Name + " (low ", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith(BevTornado.Rows[1].Input.Name + " (low ", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.StartsWith(BevTornado.Rows[2].Input.Name + " (low ", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("base score ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_time_path_names_the_binding_input_and_marks_time_to_survive_and_recover()
    {
        ExposureChart chart = ExposureCharts.TimePath(Bev);
        string[] texts = Texts(XDocument.Parse(chart.ToSvg()));

        Assert.Contains(Bev.Path!.Material.Value + " arriving (% of need)", texts);
        Assert.Contains("stock left (days of need)", texts);
        Assert.NotNull(Bev.TimeToSurviveDays);
        Assert.Contains($"time to survive: day {Bev.TimeToSurviveDays}", texts);
    }

    [Theory]
    [MemberData(nameof(ChartKinds))]
    public void The_same_input_gives_byte_identical_output(string kind)
    {
        Assert.Equal(Chart(kind).ToSvg(700, 400), Chart(kind).ToSvg(700, 400));
        Assert.Equal(Chart(kind).ToPngBytes(700, 400), Chart(kind).ToPngBytes(700, 400));
    }

    [Fact]
    public void Save_chooses_the_format_by_extension_and_refuses_others()
    {
        ExposureChart chart = ExposureCharts.Contributions(Bev);
        chart.Save(Path.Combine(_folder, "a.PNG"));
        chart.Save(Path.Combine(_folder, "a.svg"));

        Assert.Equal(PngSignature, File.ReadAllBytes(Path.Combine(_folder, "a.PNG")).Take(8).ToArray());
        Assert.Equal("svg", XDocument.Load(Path.Combine(_folder, "a.svg")).Root!.Name.LocalName);
        var error = Assert.Throws<ArgumentException>(() => chart.Save(Path.Combine(_folder, "a.jpg")));
        Assert.Contains("must end in .png or .svg", error.Message);
        Assert.False(File.Exists(Path.Combine(_folder, "a.jpg")));
    }

    [Fact]
    public void Text_from_a_BOM_is_escaped_in_SVG()
    {
        var catalog = new PartCatalog(new[]
        {
            new Part("A&B <1>", "widget \"x\" & 'y'", PartCategory.Other, CountryShares.Create((CountryCode.Parse("DE"), 1.0)), new[] { new MaterialContent("cobalt", 10) }),
        });
        ExposureReport report = Scorer.Score(catalog, "A&B <1>");

        XDocument svg = XDocument.Parse(ExposureCharts.Contributions(report).ToSvg());

        Assert.Contains(Texts(svg), t => t.StartsWith("A&B <1>: exposure score", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_inputs_fail_with_a_message_naming_what_is_missing()
    {
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => ExposureCharts.Contributions(null!)).ParamName);
        Assert.Equal("reports", Assert.Throws<ArgumentNullException>(() => ExposureCharts.ProductsByScenario(null!)).ParamName);
        Assert.Equal("table", Assert.Throws<ArgumentNullException>(() => ExposureCharts.Tornado(null!)).ParamName);
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => ExposureCharts.TimePath(null!)).ParamName);

        Assert.Contains("no reports", Assert.Throws<ArgumentException>(() => ExposureCharts.ProductsByScenario(Array.Empty<ExposureReport>())).Message);
        Assert.Contains("Report 1 (0-based) of 2 is null", Assert.Throws<ArgumentException>(() => ExposureCharts.ProductsByScenario(new[] { Bev, null! })).Message);
        Assert.Contains("Two reports are for part 'BEV' under 'trade-war-2025'", Assert.Throws<ArgumentException>(() => ExposureCharts.ProductsByScenario(new[] { Bev, Bev })).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => ExposureCharts.Contributions(Bev, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ExposureCharts.Tornado(BevTornado, 0));

        ExposureChart chart = ExposureCharts.Contributions(Bev);
        Assert.Equal("width", Assert.Throws<ArgumentOutOfRangeException>(() => chart.ToPngBytes(10, 400)).ParamName);
        Assert.Equal("height", Assert.Throws<ArgumentOutOfRangeException>(() => chart.ToSvg(400, 100_000)).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => chart.SavePng(null!)).ParamName);
        Assert.Contains("path is empty", Assert.Throws<ArgumentException>(() => chart.SaveSvg(" ")).Message);
    }

    [Fact]
    public void A_tornado_without_rows_fails_naming_the_part()
    {
        FlatPart flat = Scorer.Flatten(SupplyRiskModel.Default.Products.Parts, "BEV");
        TornadoTable empty = SensitivityAnalysis.Run(Scorer, flat, Array.Empty<SensitivityInput>());

        var error = Assert.Throws<ArgumentException>(() => ExposureCharts.Tornado(empty));

        Assert.Contains("tornado table for part 'BEV' has no rows", error.Message);
        Assert.Equal("table", error.ParamName);
    }

    [Fact]
    public void Charts_do_not_change_the_reports_they_are_given()
    {
        var reports = Batch().ToList();
        var before = reports.Select(r => r.ToString()).ToList();
        double[] flow = Bev.Path!.Availability.ToArray();

        ExposureCharts.ProductsByScenario(reports).ToSvg();
        ExposureCharts.TimePath(Bev).ToSvg();

        Assert.Equal(before, reports.Select(r => r.ToString()).ToList());
        Assert.Equal(flow, Bev.Path.Availability.ToArray());
    }

    private static IReadOnlyList<ExposureReport> Batch() =>
        SupplyRiskModel.Default.ScoreBatch(SupplyRiskModel.Default.Products.Parts, new[] { "US" }, new[] { "baseline", "trade-war-2025" }, AsOf);

    private static ExposureChart Chart(string kind) => kind switch
    {
        "contributions" => ExposureCharts.Contributions(Bev),
        "products" => ExposureCharts.ProductsByScenario(Batch()),
        "tornado" => ExposureCharts.Tornado(BevTornado),
        "time-path" => ExposureCharts.TimePath(Bev),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown chart"),
    };

    private static string[] Texts(XDocument svg) =>
        svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToArray();
}
