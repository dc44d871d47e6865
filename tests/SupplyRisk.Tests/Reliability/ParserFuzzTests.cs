using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System;
using SupplyRisk.Data;
using SupplyRisk.IO;
using SupplyRisk.Parts;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;
using Xunit.Abstractions;

namespace SupplyRisk.Tests.Reliability;

/// <summary>
/// An in-process mutation fuzzer for every parser of files a user supplies: valid seed files are mutated (characters
/// flipped, spans deleted or repeated, tokens that break formats inserted: quotes, separators, brackets, NaN, huge
/// numbers, control characters, lone surrogates, long runs) with a fixed seed, and each mutant must either read or fail
/// with the documented exception (a <see cref="DataFormatException"/> of the input's kind, each error one line of at most 1,000 characters), within five
/// seconds; a BOM that reads is scored and its score must be finite and within [0, 100] (or the scorer must refuse it
/// with an <see cref="ArgumentException"/>). CI runs 2,000 mutants per parser;
/// <c>SUPPLYRISK_FUZZ_EXECUTIONS=200000 dotnet test tests/SupplyRisk.Tests -c Release --filter "FullyQualifiedName~ParserFuzz"</c>
/// runs more. Inputs that once failed are kept in <c>Reliability/corpus/</c> and replayed.
/// </summary>
public sealed class ParserFuzzTests
{
    private const string BomCsv =
        "part_number,name,category,made_in,child,quantity,material,grams,substitutability,item_class,cover_days,hs_code\n" +
        "CAR,car,automotive,CN:0.7;DE:0.3,MOTOR,1,copper,1000,0.7,product,,8703.80\n" +
        "MOTOR,motor,automotive,JP,MAG,2,,,,component,14,8501\n" +
        "MAG,magnet,automotive,CN,,,neodymium,300,0.99,magnet,,\n" +
        "MAG,,,,,,dysprosium,30,1,,,\n";

    private const string BomJsonText = """
        { "parts": [
          { "partNumber": "CAR", "name": "car", "category": "automotive", "madeIn": { "CN": 0.7, "DE": 0.3 }, "itemClass": "product", "hsCode": "8703.80",
            "materials": [ { "material": "copper", "grams": 1000, "substitutability": 0.7 } ], "children": [ { "part": "MAG", "quantity": 2 } ] },
          { "partNumber": "MAG", "category": "automotive", "madeIn": "CN", "itemClass": "magnet", "coverDays": 28,
            "materials": [ { "material": "neodymium", "grams": 300 }, { "material": "dysprosium", "grams": 30, "substitutability": 1 } ] }
        ] }
        """;

    private const string ScenarioText = """
        { "id": "fuzz", "name": "seed", "include": ["current"],
          "measures": [
            { "id": "ban", "kind": "export-ban", "issuer": "CN", "counterparties": ["US"], "materials": ["gallium"], "effective": "2025-01-01" },
            { "id": "duty", "kind": "tariff", "issuer": "EU", "counterparties": ["CN"], "rate": 0.2, "layer": "cvd", "itemClasses": ["product"], "categories": ["automotive"], "hsCodes": ["8703.80"] },
            { "id": "lic", "kind": "export-licensing", "issuer": "CN", "materials": ["dysprosium"], "itemClasses": ["magnet"], "stages": ["manufacturing"] }
          ] }
        """;

    private const string PolicyCsv =
        "id,title,kind,issuer,destinations,materials,announced,effective,suspended_from,suspended_until,expires,rate,layer,quality,source,note,magnitude,stages,item_classes,categories,hs_codes,displaces\n" +
        "ban,Ban,export-ban,CN,US,gallium;germanium,2024-12-03,2024-12-03,2025-11-09,2026-11-27,,,,secondary,test,,,,,,,\n" +
        "quota,Quota,export-quota,CD,*,cobalt,2025-10-11,2025-10-16,,,,,,secondary,test,,0.44,,,,,\n" +
        "cars,Cars,tariff,US,*,*,2025-03-26,2025-04-03,,,,0.25,s232,secondary,test,,,,product,automotive,,section-122\n" +
        "ore,Ore,tariff,US,CN,cobalt,2024-09-13,2024-09-27,,,2026-01-01,0.25,s301,secondary,test,,,extraction,ore,,,\n";

    private const string ErpCsv =
        "Level;Component number;Object description;Comp. Qty (BUn);Un;Substance;Country of origin;Item class;Commodity code\n" +
        ".1;MOTOR-100;Traction motor;1;PC;;JP;assembly;8501.53\n" +
        "..2;MAG-7;\"NdFeB magnet; sintered\";2;PC;;CN;magnet;8505.11\n" +
        "...3;RM-ND;Neodymium alloy;0,3;KG;neodymium;;;\n" +
        "...3;RM-DY;Dysprosium;0,04;KG;dysprosium;;;\n" +
        "..2;RM-CU;Copper;5,5;KG;copper;;;\n";

    private const string SharesCsv =
        "material,stage,stage_label,country,share,year,quality,source,note\n" +
        "cobalt,extraction,mine,CD,0.7,2024,secondary,test,\n" +
        "cobalt,extraction,mine,ROW,0.3,2024,estimate,test,\n" +
        "cobalt,processing,refinery,CN,0.8,2024,secondary,test,\"quoted, with a comma\"\n" +
        "cobalt,processing,refinery,FI,0.2,2024,secondary,test,\n";

    private static readonly string[] Tokens =
    {
        ",", ";", ":", "\"", "\"\"", "\n", "\r\n", "\r", "\t", "{", "}", "[", "]", "*", "-1", "0", "1e309", "-1e309", "NaN", "Infinity",
        "1,5", "0.000000000000000000001", "99999999999999999999", "null", "true", "\\u0000", "\\ud800", "\\udc00", "\u0000", "\uFEFF",
        "ROW", "EU", "XK", "ZZ", "=cmd|' /C calc'!A0", "../../etc/passwd", "é", "\u202E", "product", "magnet", "automotive",
        "8703.80", "8x", "2025-02-30", "9999-12-31", "0001-01-01", new string('A', 5000), new string(',', 300),
    };

    private readonly ITestOutputHelper _output;

    public ParserFuzzTests(ITestOutputHelper output) => _output = output;

    /// <summary>The format exception each input kind raises.</summary>
    private static Type ExceptionOf(string target) => target switch
    {
        "bom-csv" or "bom-json" or "erp-bom-csv" => typeof(BomFormatException),
        "scenario-json" => typeof(ScenarioFormatException),
        "policy-csv" => typeof(PolicyFormatException),
        _ => typeof(ReferenceDataException),
    };

    /// <summary>The parsers under test: name, a valid seed, and what reading (and for BOMs, scoring) does.</summary>
    public static IEnumerable<object[]> Targets() => new[] { "bom-csv", "bom-json", "erp-bom-csv", "scenario-json", "policy-csv", "stage-shares-csv" }.Select(t => new object[] { t });

    private static (string Seed, Action<string> Read) Target(string name) => name switch
    {
        "bom-csv" => (BomCsv, text => Score(SupplyRisk.IO.BomCsv.Read(new StringReader(text), "fuzz.csv"))),
        "bom-json" => (BomJsonText, text => Score(BomJson.Read(text, "fuzz.json"))),
        "erp-bom-csv" => (ErpCsv, text => Score(ErpBomReader.Read(new StringReader(text), "fuzz.csv", new ErpBomOptions { Columns = ErpBomColumns.Sap, RootPartNumber = "EV-1", UnknownMaterials = UnknownMaterialHandling.SkipAndReport }, EmbeddedData.Dataset).Catalog)),
        "scenario-json" => (ScenarioText, text => ScenarioJson.Read(text, "fuzz.json", EmbeddedData.Dataset)),
        "policy-csv" => (PolicyCsv, text => SupplyRisk.IO.PolicyCsv.Read(new StringReader(text), "fuzz.csv")),
        "stage-shares-csv" => (SharesCsv, text => new ReferenceDatasetBuilder().Add(DataFileKind.StageShares, new StringReader(text), "fuzz.csv").Build()),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static readonly Lazy<ExposureScorer> Context = new(() =>
        ExposureScorer.Create(EmbeddedData.Dataset, EmbeddedData.Timeline, SupplyRiskModel.Default.GetScenario("trade-war-2025"), EmbeddedData.Dataset.GetBuyer("US"), new DateTime(2026, 11, 28)));

    private static void Score(ProductCatalog catalog)
    {
        foreach (Product product in catalog.Products)
        {
            ExposureReport report;
            try
            {
                report = Context.Value.Score(catalog.Parts, product.RootPart);
            }
            catch (ArgumentException)
            {
                continue; // documented: a material the dataset cannot score, an implausible total
            }

            if (double.IsNaN(report.Score) || report.Score < 0 || report.Score > 100 || double.IsNaN(report.CostImpact) || double.IsInfinity(report.CostImpact))
            {
                throw new InvalidOperationException($"score {report.Score}, cost impact {report.CostImpact}");
            }
        }
    }

    /// <summary>Reads one input; returns null when it read or failed as documented, else what went wrong.</summary>
    private static string? Check(Action<string> read, string input)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            read(input);
        }
        catch (DataFormatException e)
        {
            DataError? bad = e.Errors.FirstOrDefault(d => d.ToString().Length > 1000 || d.ToString().IndexOfAny(new[] { '\n', '\r' }) >= 0);
            if (e.Errors.Count == 0 || bad is not null)
            {
                return bad is null ? "a DataFormatException with no error" : $"an error that is not one short line ({bad.ToString().Length} characters)";
            }
        }
        catch (Exception e)
        {
            return $"{e.GetType().Name}: {e.Message.Split('\n')[0]}";
        }

        return watch.Elapsed > TimeSpan.FromSeconds(5) ? $"took {watch.Elapsed.TotalSeconds:0.0} s" : null;
    }

    private static string Mutate(string seed, Random random)
    {
        var text = new StringBuilder(seed);
        int edits = 1 + random.Next(4);
        for (int k = 0; k < edits; k++)
        {
            int at = random.Next(text.Length + 1);
            switch (random.Next(6))
            {
                case 0: // insert a token
                    text.Insert(at, Tokens[random.Next(Tokens.Length)]);
                    break;
                case 1: // delete a span
                    text.Remove(Math.Min(at, Math.Max(0, text.Length - 1)), Math.Min(1 + random.Next(12), Math.Max(0, text.Length - at)));
                    break;
                case 2: // replace a character
                    if (at < text.Length)
                    {
                        text[at] = (char)random.Next(32, 127);
                    }

                    break;
                case 3: // repeat a span
                    int length = Math.Min(1 + random.Next(40), text.Length - Math.Min(at, text.Length));
                    text.Insert(at, text.ToString(Math.Min(at, text.Length), length));
                    break;
                case 4: // a digit becomes another number
                    text.Insert(at, random.Next(4) switch { 0 => "-", 1 => "0.", 2 => "1e", _ => "9" });
                    break;
                default: // swap two lines
                    string[] lines = text.ToString().Split('\n');
                    if (lines.Length > 2)
                    {
                        int a = random.Next(lines.Length);
                        int b = random.Next(lines.Length);
                        (lines[a], lines[b]) = (lines[b], lines[a]);
                        text.Clear().Append(string.Join("\n", lines));
                    }

                    break;
            }
        }

        return text.ToString();
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void Mutated_files_read_or_fail_with_the_documented_exception_in_one_line(string target)
    {
        var (seed, read) = Target(target);
        read(seed); // the seed itself reads
        int executions = int.TryParse(Environment.GetEnvironmentVariable("SUPPLYRISK_FUZZ_EXECUTIONS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) && n > 0
            ? n
            : target == "stage-shares-csv" ? 300 : 2000; // a data file rebuilds the whole dataset (about 12 ms)
        var random = new Random(unchecked(target.GetHashCode(StringComparison.Ordinal) ^ 20261206) & 0x7FFFFFFF);
        var failures = new List<string>();
        int readOk = 0;
        for (int i = 0; i < executions && failures.Count < 5; i++)
        {
            string input = Mutate(seed, random);
            string? problem = Check(read, input);
            if (problem is not null)
            {
                failures.Add($"{problem}\n--- input {i} ---\n{input}");
            }
            else
            {
                try
                {
                    read(input);
                    readOk++;
                }
                catch (DataFormatException)
                {
                }
            }
        }

        _output.WriteLine($"{target}: {executions} mutants, {readOk} read, {executions - readOk} refused as documented, {failures.Count} failures");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    /// <summary>
    /// The corpus: inputs the fuzzer (or a review) found mishandled, each now refused with one located error whose text
    /// contains the line of its <c>.expected</c> file.
    /// </summary>
    [Theory]
    [MemberData(nameof(Targets))]
    public void Inputs_that_once_failed_are_refused_with_the_expected_error(string target)
    {
        string directory = Path.Combine(AppContext.BaseDirectory, "Reliability", "corpus", target);
        var (_, read) = Target(target);
        string[] inputs = Directory.GetFiles(directory).Where(f => !f.EndsWith(".expected", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(inputs);
        foreach (string file in inputs)
        {
            string text = File.ReadAllText(file);
            Assert.True(Check(read, text) is null, $"{Path.GetFileName(file)}: {Check(read, text)}");
            var error = Assert.ThrowsAny<DataFormatException>(() => read(text));
            Assert.IsType(ExceptionOf(target), error); // named for what failed to read
            string expected = File.ReadAllText(file + ".expected").Trim();
            Assert.True(error.Errors.Any(e => e.ToString().Contains(expected, StringComparison.Ordinal)), $"{Path.GetFileName(file)}: expected '{expected}' in {error.Message}");
        }
    }
}
