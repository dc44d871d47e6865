using System.Linq;
using SupplyRisk.Data;
using SupplyRisk.IO;
using SupplyRisk.Parts;

namespace SupplyRisk.Tests.Parts;

/// <summary>The BOM JSON reader drops nothing silently: unknown or misspelt fields, wrong shapes and types, repeated keys are errors with their JSON path.</summary>
public sealed class BomJsonStrictnessTests
{
    private const string Valid =
        "{\"parts\":[{\"partNumber\":\"M\",\"name\":\"Motor\",\"category\":\"automotive\",\"madeIn\":\"JP\"," +
        "\"materials\":[{\"material\":\"dysprosium\",\"grams\":40,\"substitutability\":0.3}],\"children\":[{\"part\":\"C\",\"quantity\":2}]}," +
        "{\"partNumber\":\"C\",\"category\":\"automotive\",\"madeIn\":\"CN\",\"materials\":[{\"material\":\"copper\",\"grams\":100}]}]}";

    private static string[] Errors(string json) =>
        Assert.Throws<BomFormatException>(() => BomJson.Read(json, "b.json")).Errors.Select(e => e.Message).ToArray();

    [Fact]
    public void A_lone_surrogate_escape_is_an_error_with_file_and_JSON_path_in_BOMs_and_scenarios()
    {
        const string bom = """{ "parts": [ { "partNumber": "A\ud800", "category": "other", "madeIn": "DE" } ] }""";
        DataError error = Assert.Single(Assert.Throws<BomFormatException>(() => BomJson.Read(bom, "lone.json")).Errors);
        Assert.Equal("lone.json", error.File);
        Assert.StartsWith("$.parts[0].partNumber: holds an escape that is not valid UTF-16", error.Message, System.StringComparison.Ordinal);

        const string scenario = """{ "id": "s", "title": "\udc00x", "measures": [] }""";
        DataError inScenario = Assert.Single(Assert.Throws<ScenarioFormatException>(() => SupplyRisk.IO.ScenarioJson.Read(scenario, "s.json")).Errors);
        Assert.StartsWith("$.title: holds an escape that is not valid UTF-16", inScenario.Message, System.StringComparison.Ordinal);

        const string pair = """{ "parts": [ { "partNumber": "A\ud83d\ude00", "category": "other", "madeIn": "DE" } ] }""";
        Assert.Equal("A\U0001F600", BomJson.Read(pair, "pair.json").Parts.Parts.Single().PartNumber); // a valid pair reads
    }

    [Fact]
    public void A_valid_file_still_reads()
    {
        ProductCatalog catalog = BomJson.Read(Valid, "b.json");
        Assert.Equal(0.3, catalog.Parts.Get("M").Materials.Single().Substitutability);
        Assert.Equal(200, catalog.Parts.Flatten("M").Find("copper")!.Grams);
    }

    [Theory]
    [InlineData("\"materials\":", "\"matrials\":", "$.parts[0].matrials: is not a field here")]
    [InlineData("\"substitutability\":0.3", "\"substitutabilty\":0.3", "$.parts[0].materials[0].substitutabilty: is not a field here")]
    [InlineData("\"substitutability\":0.3", "\"substitutability\":\"0.3\"", "$.parts[0].materials[0].substitutability: must be a number, not a string")]
    [InlineData("\"children\":[{\"part\":\"C\",\"quantity\":2}]", "\"children\":{\"part\":\"C\",\"quantity\":2}", "$.parts[0].children: must be an array, not an object")]
    [InlineData("\"materials\":[{\"material\":\"dysprosium\",\"grams\":40,\"substitutability\":0.3}]", "\"materials\":\"dysprosium\"", "$.parts[0].materials: must be an array, not a string")]
    [InlineData("\"name\":\"Motor\"", "\"name\":\"Motor\",\"name\":\"Other\"", "$.parts[0].name: is given twice")]
    [InlineData("{\"parts\":", "{\"version\":2,\"parts\":", "$.version: is not a field here")]
    public void What_would_have_been_dropped_is_an_error_with_its_path(string find, string replace, string expected)
    {
        string json = Valid.Replace(find, replace, System.StringComparison.Ordinal);
        Assert.NotEqual(Valid, json);
        Assert.Contains(Errors(json), m => m.StartsWith(expected, System.StringComparison.Ordinal));
    }
}
