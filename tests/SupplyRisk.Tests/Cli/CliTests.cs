using System.IO;
using System.Linq;
using System.Text.Json;
using System;
using SupplyRisk.Cli;
using SupplyRisk.IO;

namespace SupplyRisk.Tests.Cli;

/// <summary>The supplyrisk tool, run in-process with captured streams.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "supplyrisk-cli-" + Guid.NewGuid().ToString("N"));

    public CliTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = Program.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private string File(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    // A magnet assembly made in Japan from priced materials only.
    private const string BomCsv =
        "part_number,name,category,made_in,child,quantity,material,grams,substitutability\n" +
        "MOTOR,Traction motor,automotive,JP,MAGNET,2,copper,5000,0.3\n" +
        "MAGNET,NdFeB magnet,automotive,CN,,,neodymium,300,0.95\n" +
        "MAGNET,,,,,,dysprosium,40,1\n";

    [Fact]
    public void Compare_past_the_cutoff_prints_a_banner_listing_the_assumed_changes_and_both_branches()
    {
        var both = Run("compare", "--product", "smartphone", "--scenario", "current", "--buyer", "US", "--as-of", "2026-12-06", "--after-cutoff", "both");
        Assert.True(both.Code == 0, both.Err);
        string[] lines = both.Out.Split('\n');
        Assert.StartsWith("!! Policy data as of 2026-03-11: 2026-12-06 is 270 days past the cut-off", lines[0]);
        Assert.Contains(lines, l => l.Contains("2026-11-27 cn-us-ban-ga-ge-sb-2024-12: suspension lapses (extend: does not happen; reinstate: happens)"));
        Assert.Contains(lines, l => l.StartsWith("smartphone  US     current   extend", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("smartphone  US     current   reinstate", StringComparison.Ordinal));

        // Before the cut-off with a horizon that ends before the first assumed change: no banner.
        var early = Run("compare", "--product", "smartphone", "--scenario", "current", "--buyer", "US", "--as-of", "2025-06-01", "--horizon", "30");
        Assert.True(early.Code == 0, early.Err);
        Assert.DoesNotContain("!!", early.Out);

        // What-if scenarios do not follow the record: no banner either.
        var whatIf = Run("compare", "--product", "smartphone", "--scenario", "trade-war-2025", "--buyer", "US", "--as-of", "2026-12-06");
        Assert.DoesNotContain("!!", whatIf.Out);

        var bad = Run("compare", "--after-cutoff", "maybe");
        Assert.NotEqual(0, bad.Code);
    }

    [Fact]
    public void Csv_output_neutralises_part_numbers_that_a_spreadsheet_would_run_unless_raw_is_asked()
    {
        string bom = File("formula.csv", "part_number,name,category,made_in,child,quantity,material,grams,substitutability\n\"=HYPERLINK(\"\"http://x\"\")\",x,other,DE,,,copper,10,1\n");
        var safe = Run("score", "--bom", bom, "--scenario", "baseline", "--as-of", "2026-11-28", "--format", "csv");
        Assert.True(safe.Code == 0, safe.Err);
        Assert.StartsWith("\"'=HYPERLINK(", safe.Out.Split('\n')[1]);
        var raw = Run("score", "--bom", bom, "--scenario", "baseline", "--as-of", "2026-11-28", "--format", "csv", "--raw-csv");
        Assert.StartsWith("\"=HYPERLINK(", raw.Out.Split('\n')[1]);
    }

    [Fact]
    public void An_error_about_a_megabyte_value_is_one_short_line()
    {
        string bom = File("huge.csv", "part_number,name,category,made_in,child,quantity,material,grams,substitutability\nP,P,other,DE,,,Q" + new string('x', 1_000_000) + ",1,1\n");
        var run = Run("score", "--bom", bom, "--as-of", "2026-11-28");
        Assert.Equal(1, run.Code);
        string[] lines = run.Err.TrimEnd().Split('\n');
        Assert.Single(lines);
        Assert.True(lines[0].Length < 1000, $"stderr line of {lines[0].Length} characters");
    }

    [Fact]
    public void A_buyer_without_sourcing_data_is_said_so_in_the_table_and_the_json()
    {
        var table = Run("compare", "--product", "smartphone", "--scenario", "baseline", "--buyer", "IN,EU", "--as-of", "2026-11-28");
        Assert.True(table.Code == 0, table.Err);
        Assert.Contains("IN: no sourcing data for any of the", table.Out);
        Assert.Contains("EU: SR on the buyer's own sourcing for", table.Out);

        var json = Run("score", "--product", "smartphone", "--scenario", "baseline", "--buyer", "IN", "--as-of", "2026-11-28", "--format", "json");
        using JsonDocument doc = JsonDocument.Parse(json.Out);
        Assert.All(doc.RootElement.GetProperty("contributions").EnumerateArray(), c => Assert.Equal("globalSupplyOnly", c.GetProperty("supplyBasis").GetString()));
        var eu = Run("score", "--product", "smartphone", "--scenario", "baseline", "--buyer", "EU", "--as-of", "2026-11-28", "--format", "json");
        using JsonDocument euDoc = JsonDocument.Parse(eu.Out);
        Assert.Contains(euDoc.RootElement.GetProperty("contributions").EnumerateArray(), c => c.GetProperty("supplyBasis").GetString() == "combined");
    }

    [Fact]
    public void Score_json_states_the_cutoff_the_rule_the_assumptions_and_each_measures_basis()
    {
        var run = Run("score", "--product", "smartphone", "--scenario", "current", "--buyer", "US", "--as-of", "2026-12-06", "--after-cutoff", "reinstate", "--format", "json");
        Assert.True(run.Code == 0, run.Err);
        using JsonDocument doc = JsonDocument.Parse(run.Out);
        JsonElement root = doc.RootElement;
        Assert.Equal("2026-03-11", root.GetProperty("dataAsOf").GetString());
        Assert.Equal("reinstate", root.GetProperty("afterCutoff").GetString());
        JsonElement ban = root.GetProperty("assumptions").EnumerateArray().Single(a => a.GetProperty("measure").GetString() == "cn-us-ban-ga-ge-sb-2024-12");
        Assert.Equal("suspensionLapses", ban.GetProperty("change").GetString());
        Assert.True(ban.GetProperty("happens").GetBoolean());
        JsonElement inForce = root.GetProperty("measuresInForce").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "cn-us-ban-ga-ge-sb-2024-12");
        Assert.Equal("assumed", inForce.GetProperty("stateBasis").GetString());
        Assert.Equal("recorded", root.GetProperty("measuresInForce").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "cn-ree-licensing-2025-04").GetProperty("stateBasis").GetString());

        var both = Run("score", "--product", "smartphone", "--scenario", "current", "--buyer", "US", "--as-of", "2026-12-06", "--after-cutoff", "both", "--format", "json");
        using JsonDocument pair = JsonDocument.Parse(both.Out);
        Assert.Equal(new[] { "extend", "reinstate" }, pair.RootElement.EnumerateArray().Select(r => r.GetProperty("afterCutoff").GetString()));
    }

    [Fact]
    public void Score_json_has_the_documented_stable_fields()
    {
        string bom = File("motor.csv", BomCsv);
        var (code, stdout, stderr) = Run("score", "--bom", bom, "--scenario", "trade-war-2025", "--buyer", "US", "--as-of", "2026-11-28", "--format", "json");
        Assert.True(code == 0, stderr);
        using JsonDocument doc = JsonDocument.Parse(stdout);
        JsonElement root = doc.RootElement;
        foreach (string field in new[] { "product", "buyer", "scenario", "asOf", "score", "expectedShortfall", "costImpact", "contributions", "measuresInForce" })
        {
            Assert.True(root.TryGetProperty(field, out _), field);
        }

        Assert.Equal("MOTOR", root.GetProperty("product").GetString());
        Assert.Equal("2026-11-28", root.GetProperty("asOf").GetString());
        double score = root.GetProperty("score").GetDouble();
        Assert.InRange(score, 0, 100);
        double sum = root.GetProperty("contributions").EnumerateArray().Sum(c => c.GetProperty("materialScore").GetDouble());
        Assert.Equal(score, sum, 9);
        Assert.Contains(root.GetProperty("contributions").EnumerateArray(), c => c.GetProperty("material").GetString() == "dysprosium");
        Assert.Contains(root.GetProperty("measuresInForce").EnumerateArray(), m => m.GetProperty("id").GetString() == "cn-ree-licensing-2025");
    }

    [Fact]
    public void A_scenario_file_and_a_JSON_BOM_are_accepted()
    {
        string scenario = File("ban.json", """
            {
              "id": "dy-ban",
              "name": "China bans dysprosium exports",
              "severity": { "licenceApprovalRate": 0.2 },
              "measures": [ { "id": "cn-dy-ban", "kind": "export-ban", "issuer": "CN", "materials": ["dysprosium"], "source": "what-if" } ]
            }
            """);
        string bom = File("magnet.json", """
            { "parts": [ { "partNumber": "MAGNET", "category": "automotive", "madeIn": { "CN": 0.9, "JP": 0.1 },
                           "materials": [ { "material": "dysprosium", "grams": 40, "substitutability": 1 } ] } ] }
            """);
        var (code, stdout, stderr) = Run("score", "--bom", bom, "--scenario", scenario, "--buyer", "EU", "--as-of", "2026-11-28", "--format", "json");
        Assert.True(code == 0, stderr);
        using JsonDocument doc = JsonDocument.Parse(stdout);
        Assert.Equal("dy-ban", doc.RootElement.GetProperty("scenario").GetString());
        // The tool reports what the library computes for the same BOM, scenario, buyer and date.
        var data = SupplyRisk.IO.EmbeddedData.Dataset;
        var expected = SupplyRisk.Scoring.ExposureScorer
            .Create(data, SupplyRisk.IO.EmbeddedData.Timeline, SupplyRisk.IO.ScenarioJson.Read(System.IO.File.ReadAllText(scenario), "ban.json", data), data.GetBuyer("EU"), new DateTime(2026, 11, 28))
            .Score(SupplyRisk.IO.BomJson.Read(System.IO.File.ReadAllText(bom), "magnet.json").Parts, "MAGNET");
        Assert.Equal(expected.ExpectedShortfall, doc.RootElement.GetProperty("expectedShortfall").GetDouble(), 12);
        Assert.Equal(expected.OutputLost, doc.RootElement.GetProperty("outputLost").GetDouble(), 12);
        Assert.True(expected.OutputLost > 0.1, "a ban on dysprosium stops part of the magnet's flow");
        Assert.Equal(365, doc.RootElement.GetProperty("horizonDays").GetInt32());
        Assert.Equal("MAGNET", doc.RootElement.GetProperty("bindingPart").GetString());
        Assert.Equal(0, doc.RootElement.GetProperty("timeToSurviveDays").GetInt32());
    }

    // Two products in one file: a motor and, unrelated to it, a steering unit.
    private const string TwoProductBom =
        "part_number,name,category,made_in,child,quantity,material,grams,substitutability\n" +
        "MOTOR,Traction motor,automotive,JP,MAGNET,2,copper,5000,0.3\n" +
        "MAGNET,NdFeB magnet,automotive,CN,,,neodymium,300,0.95\n" +
        "MAGNET,,,,,,dysprosium,40,1\n" +
        "EPS,Steering unit,automotive,DE,,,copper,600,0.3\n" +
        "EPS,,,,,,neodymium,40,0.99\n";

    [Fact]
    public void Score_and_compare_take_every_top_level_part_of_a_BOM_and_write_the_long_table()
    {
        string bom = File("two.csv", TwoProductBom);
        var (code, stdout, stderr) = Run("score", "--bom", bom, "--scenario", "baseline", "--buyer", "US", "--as-of", "2026-11-28", "--format", "json");
        Assert.True(code == 0, stderr);
        using (JsonDocument doc = JsonDocument.Parse(stdout))
        {
            Assert.Equal(new[] { "MOTOR", "EPS" }, doc.RootElement.EnumerateArray().Select(r => r.GetProperty("product").GetString()).ToArray());
        }

        string csv = Path.Combine(_dir, "long.csv");
        string arrow = Path.Combine(_dir, "long.arrow");
        (code, stdout, stderr) = Run("compare", "--bom", bom, "--product", "hev", "--scenario", "baseline,trade-war-2025", "--buyer", "US", "--as-of", "2026-11-28", "--table", csv);
        Assert.True(code == 0, stderr);
        string[] rows = stdout.Split('\n').Where(l => l.StartsWith("MOTOR ", StringComparison.Ordinal) || l.StartsWith("EPS ", StringComparison.Ordinal) || l.StartsWith("hev ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(6, rows.Length); // 3 parts x 2 scenarios
        string[] lines = System.IO.File.ReadAllLines(csv);
        Assert.StartsWith("part_number,", lines[0], StringComparison.Ordinal);
        // One row per part x scenario x material: MOTOR has 3 materials, EPS 2, and the hybrid its own.
        Assert.Equal(2, lines.Count(l => l.StartsWith("EPS,", StringComparison.Ordinal) && l.Contains(",baseline,", StringComparison.Ordinal)));
        Assert.Equal(3, lines.Count(l => l.StartsWith("MOTOR,", StringComparison.Ordinal) && l.Contains(",trade-war-2025,", StringComparison.Ordinal)));

        (code, _, stderr) = Run("compare", "--bom", bom, "--scenario", "baseline", "--buyer", "US,EU", "--as-of", "2026-11-28", "--table", arrow);
        Assert.True(code == 0, stderr);
        using (var reader = new Apache.Arrow.Ipc.ArrowFileReader(System.IO.File.OpenRead(arrow)))
        {
            Apache.Arrow.RecordBatch batch = reader.ReadNextRecordBatch();
            Assert.Equal(2 * (3 + 2), batch.Length); // 2 buyers x (3 + 2 materials)
        }

        // The same top part from two files: each row says which file it is.
        string copy = File("copy.csv", TwoProductBom);
        (code, stdout, stderr) = Run("compare", "--bom", bom, "--bom", copy, "--scenario", "baseline", "--buyer", "US", "--as-of", "2026-11-28");
        Assert.True(code == 0, stderr);
        Assert.Contains("two.csv:MOTOR", stdout, StringComparison.Ordinal);
        Assert.Contains("copy.csv:MOTOR", stdout, StringComparison.Ordinal);

        (code, _, stderr) = Run("score", "--bom", bom, "--as-of", "2026-11-28", "--table", Path.Combine(_dir, "long.xlsx"));
        Assert.Equal(2, code);
        Assert.Contains("give a .csv or .arrow file", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_draws_one_reports_contributions_or_many_reports_by_scenario_and_refuses_what_it_cannot_draw()
    {
        string one = Path.Combine(_dir, "one.png");
        var (code, _, stderr) = Run("score", "--product", "bev", "--scenario", "trade-war-2025", "--as-of", "2026-11-28", "--chart", one);
        Assert.True(code == 0, stderr);
        byte[] png = System.IO.File.ReadAllBytes(one);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png.Take(4).ToArray());

        string many = Path.Combine(_dir, "many.svg");
        (code, _, stderr) = Run("compare", "--product", "bev,hev", "--as-of", "2026-11-28", "--buyer", "US", "--chart", many);
        Assert.True(code == 0, stderr);
        var svg = System.Xml.Linq.XDocument.Load(many);
        string text = string.Concat(svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value));
        Assert.Contains("BEV", text, StringComparison.Ordinal);
        Assert.Contains("trade-war-2025", text, StringComparison.Ordinal);

        (code, _, stderr) = Run("score", "--product", "bev", "--chart", Path.Combine(_dir, "x.jpg"));
        Assert.Equal(2, code);
        Assert.Contains("give a .png or .svg file", stderr, StringComparison.Ordinal);
        (code, _, stderr) = Run("compare", "--after-cutoff", "both", "--chart", Path.Combine(_dir, "both.png"));
        Assert.Equal(2, code);
        Assert.False(System.IO.File.Exists(Path.Combine(_dir, "both.png")));
    }

    [Fact]
    public void An_ERP_export_is_scored_with_its_unknown_materials_reported_not_dropped()
    {
        string erp = File("erp.csv",
            "Parent;Component;Description;Material;Quantity;Unit\n" +
            ";MOTOR;Traction motor;;1;PC\n" +
            "MOTOR;RM-ND;Neodymium;neodymium;0,6;KG\n" +
            "MOTOR;RM-ST;Electrical steel;steel;12;KG\n");
        var (code, _, stderr) = Run("score", "--bom", erp, "--bom-format", "erp", "--as-of", "2026-11-28");
        Assert.Equal(1, code);
        Assert.Contains("steel", stderr, StringComparison.Ordinal);

        (code, string stdout, stderr) = Run("score", "--bom", erp, "--bom-format", "erp", "--skip-unknown-materials", "--as-of", "2026-11-28", "--format", "json");
        Assert.True(code == 0, stderr);
        Assert.Contains("not scored", stderr, StringComparison.Ordinal);
        Assert.Contains("steel", stderr, StringComparison.Ordinal);
        using JsonDocument doc = JsonDocument.Parse(stdout);
        Assert.Equal("MOTOR", doc.RootElement.GetProperty("product").GetString());
        Assert.Equal(600, doc.RootElement.GetProperty("contributions")[0].GetProperty("grams").GetDouble(), 9);

        string onlySteel = File("steel.csv", "Parent,Component,Material,Quantity,Unit\n,A,,1,PC\nA,S,steel,5,kg\n");
        (code, stdout, stderr) = Run("compare", "--bom", onlySteel, "--bom-format", "erp", "--skip-unknown-materials", "--as-of", "2026-11-28", "--buyer", "US", "--scenario", "baseline");
        Assert.True(code == 0, stderr);
        Assert.Contains("- (no material)", stdout, StringComparison.Ordinal);
        Assert.Contains("'A' holds no material the dataset knows", stderr, StringComparison.Ordinal);

        (code, _, stderr) = Run("score", "--bom", erp, "--skip-unknown-materials", "--as-of", "2026-11-28");
        Assert.Equal(2, code);
        Assert.Contains("apply to ERP exports", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_are_one_line_on_stderr_with_a_non_zero_exit_code()
    {
        var unknown = Run("score", "--product", "zeppelin");
        Assert.Equal(2, unknown.Code);
        Assert.Single(unknown.Err.TrimEnd().Split('\n'));
        Assert.StartsWith("supplyrisk: Unknown product 'zeppelin'", unknown.Err);
        Assert.Empty(unknown.Out);

        var badDate = Run("score", "--bom", File("m.csv", BomCsv), "--as-of", "28/11/2026");
        Assert.Equal(2, badDate.Code);
        Assert.Contains("not a date", badDate.Err);

        var badScenario = Run("score", "--bom", File("m2.csv", BomCsv), "--scenario", File("bad.json", "{ \"id\": \"Bad Id\", \"measures\": [ { \"id\": \"x\", \"kind\": \"embargo\" } ] }"));
        Assert.Equal(1, badScenario.Code);
        Assert.Contains("$.id", badScenario.Err);
        Assert.Contains("$.measures[0].kind", badScenario.Err);
        Assert.DoesNotContain("   at ", badScenario.Err);

        var badFormat = Run("scenarios", "--format", "xml");
        Assert.Equal(2, badFormat.Code);
    }

    [Fact]
    public void Lists_print_tables_and_json()
    {
        var scenarios = Run("scenarios", "--format", "json");
        Assert.Equal(0, scenarios.Code);
        using JsonDocument doc = JsonDocument.Parse(scenarios.Out);
        Assert.Equal(7, doc.RootElement.GetArrayLength());

        var materials = Run("materials");
        Assert.Equal(0, materials.Code);
        Assert.Contains("dysprosium", materials.Out);

        var products = Run("products", "--format", "json");
        Assert.Equal(0, products.Code);
        Assert.Contains("wind-turbine-dd", products.Out);
    }

    [Fact]
    public void Usage_errors_CSV_escaping_and_directories_are_handled()
    {
        var badFormat = Run("scenarios", "--format", "xml");
        Assert.Equal(2, badFormat.Code);
        Assert.Single(badFormat.Err.TrimEnd().Split('\n'));

        var directory = Run("score", "--bom", _dir);
        Assert.Equal(2, directory.Code);
        Assert.Contains("is a directory", directory.Err);

        string bom = File("comma.csv", "part_number,name,category,made_in,child,quantity,material,grams,substitutability\n\"A,B\",x,other,DE,,,copper,10,1\n");
        var csv = Run("score", "--bom", bom, "--scenario", "baseline", "--as-of", "2026-11-28", "--format", "csv");
        Assert.True(csv.Code == 0, csv.Err);
        string row = csv.Out.Split('\n')[1];
        Assert.StartsWith("\"A,B\",", row);
        Assert.Equal(SupplyRisk.Reporting.ExposureTable.Columns.Count, SplitCsv(row).Length); // the long table's columns
    }

    private static string[] SplitCsv(string line)
    {
        var fields = new System.Collections.Generic.List<string>();
        var field = new System.Text.StringBuilder();
        bool quoted = false;
        foreach (char ch in line)
        {
            if (ch == '"')
            {
                quoted = !quoted;
            }
            else if (ch == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(ch);
            }
        }

        fields.Add(field.ToString());
        return fields.ToArray();
    }
}
