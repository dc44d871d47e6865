using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc.Testing;
using SupplyRisk.IO;
using SupplyRisk.Parts;
using SupplyRisk.Scoring;

namespace SupplyRisk.WebApi.Tests;

/// <summary>The web sample started in memory and called over HTTP.</summary>
public sealed class WebApiTests : IClassFixture<WebApplicationFactory<Program>>
{
    private const string Bom = """
        {
          "parts": [
            { "partNumber": "MOTOR-1", "name": "Traction motor", "category": "automotive", "madeIn": "DE",
              "materials": [ { "material": "neodymium", "grams": 1200 }, { "material": "dysprosium", "grams": 80 } ],
              "children": [ { "part": "INV-1", "quantity": 1 } ] },
            { "partNumber": "INV-1", "name": "Inverter", "category": "automotive", "madeIn": { "CN": 0.7, "JP": 0.3 },
              "materials": [ { "material": "gallium", "grams": 2 } ] }
          ]
        }
        """;

    private readonly WebApplicationFactory<Program> _factory;

    public WebApiTests(WebApplicationFactory<Program> factory) => _factory = factory;

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> ReadJson(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    private static void AssertProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_good_BOM_scores_as_SupplyRiskModel_Default_does()
    {
        using HttpClient client = _factory.CreateClient();
        using HttpResponseMessage response = await client.PostAsync("/score?buyer=US&scenario=current&asOf=2026-12-06", Json(Bom));
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);

        ProductCatalog bom = BomJson.Read(Bom, "bom.json");
        IReadOnlyList<ExposureReport> expected = SupplyRiskModel.Default.CreateScorer("US", "current", new DateTime(2026, 12, 6)).ScoreAll(bom.Parts);
        JsonElement json = JsonDocument.Parse(body).RootElement;
        Assert.Equal("US", json.GetProperty("buyer").GetString());
        Assert.Equal("current", json.GetProperty("scenario").GetString());
        Assert.Equal("2026-12-06", json.GetProperty("asOf").GetString());
        JsonElement[] reports = json.GetProperty("reports").EnumerateArray().ToArray();
        Assert.Equal(expected.Count, reports.Length);
        for (int i = 0; i < reports.Length; i++)
        {
            // The same JSON as the library writes for the same report: same part, same score to the last digit.
            using JsonDocument same = JsonDocument.Parse(ExposureReportJson.Write(expected[i]));
            Assert.Equal(JsonSerializer.Serialize(same.RootElement), JsonSerializer.Serialize(reports[i]));
            Assert.Equal(expected[i].Score, reports[i].GetProperty("score").GetDouble());
        }
    }

    [Fact]
    public async Task A_CSV_BOM_is_read_when_sent_as_text_csv()
    {
        const string csv =
            "part_number,name,category,made_in,child,quantity,material,grams,substitutability\n" +
            "MOTOR,Traction motor,automotive,JP,MAGNET,2,copper,5000,0.3\n" +
            "MAGNET,NdFeB magnet,automotive,CN,,,neodymium,300,0.95\n" +
            "MAGNET,,,,,,dysprosium,40,1\n";
        using HttpClient client = _factory.CreateClient();
        using HttpResponseMessage response = await client.PostAsync("/score?buyer=EU&scenario=current&asOf=2026-12-06", new StringContent(csv, Encoding.UTF8, "text/csv"));
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        ProductCatalog bom = BomCsv.Read(new System.IO.StringReader(csv), "bom.csv");
        double expected = SupplyRiskModel.Default.CreateScorer("EU", "current", new DateTime(2026, 12, 6)).ScoreAll(bom.Parts).Single().Score;
        Assert.Equal(expected, JsonDocument.Parse(body).RootElement.GetProperty("reports")[0].GetProperty("score").GetDouble());
    }

    [Fact]
    public async Task A_misspelt_field_is_a_400_problem_naming_its_path()
    {
        using HttpClient client = _factory.CreateClient();
        using HttpResponseMessage response = await client.PostAsync("/score?buyer=US&scenario=current&asOf=2026-12-06", Json(Bom.Replace("\"grams\": 80", "\"gramms\": 80", StringComparison.Ordinal)));
        AssertProblem(response, HttpStatusCode.BadRequest);
        JsonElement problem = await ReadJson(response);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        string[] errors = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()!).ToArray();
        Assert.Contains(errors, e => e.StartsWith("$.parts[0].materials[1].gramms", StringComparison.Ordinal));
        Assert.Contains("gramms", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_JSON_is_a_400_problem_not_a_500()
    {
        using HttpClient client = _factory.CreateClient();
        using HttpResponseMessage response = await client.PostAsync("/score?buyer=US&scenario=current&asOf=2026-12-06", Json("{ \"parts\": [ "));
        AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.NotEmpty((await ReadJson(response)).GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task A_body_that_is_not_valid_UTF8_is_a_400_problem_not_a_repaired_text()
    {
        using HttpClient client = _factory.CreateClient();
        byte[] latin1 = Encoding.Latin1.GetBytes("part_number,name,category,made_in,child,quantity,material,grams,substitutability\nMOTEUR-\u00E9,x,other,FR,,,copper,10,1\n");
        using var content = new ByteArrayContent(latin1);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        using HttpResponseMessage response = await client.PostAsync("/score?buyer=US&scenario=current&asOf=2026-12-06", content);
        AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.Contains("not valid", (await ReadJson(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_buyer_or_scenario_is_a_400_listing_the_known_ones()
    {
        using HttpClient client = _factory.CreateClient();
        using HttpResponseMessage buyer = await client.PostAsync("/score?buyer=Atlantis&scenario=current&asOf=2026-12-06", Json(Bom));
        AssertProblem(buyer, HttpStatusCode.BadRequest);
        JsonElement problem = await ReadJson(buyer);
        Assert.Contains("Atlantis", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("EU", problem.GetProperty("knownGroups").EnumerateArray().Select(e => e.GetString()));

        using HttpResponseMessage scenario = await client.PostAsync("/score?buyer=US&scenario=armageddon&asOf=2026-12-06", Json(Bom));
        AssertProblem(scenario, HttpStatusCode.BadRequest);
        string[] known = (await ReadJson(scenario)).GetProperty("knownScenarios").EnumerateArray().Select(e => e.GetString()!).ToArray();
        Assert.Equal(SupplyRiskModel.Default.Scenarios.Select(s => s.Id), known);
    }

    [Fact]
    public async Task A_missing_query_value_or_a_bad_date_is_a_validation_problem_naming_it()
    {
        using HttpClient client = _factory.CreateClient();
        using HttpResponseMessage response = await client.PostAsync("/score?asOf=06.12.2026", Json(Bom));
        AssertProblem(response, HttpStatusCode.BadRequest);
        JsonElement errors = (await ReadJson(response)).GetProperty("errors");
        Assert.Equal(new[] { "asOf", "buyer", "scenario" }, errors.EnumerateObject().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_oversized_body_is_a_413_and_another_media_type_a_415()
    {
        using HttpClient client = _factory.CreateClient();
        using HttpResponseMessage large = await client.PostAsync("/score?buyer=US&scenario=current", Json(new string(' ', (1024 * 1024) + 1)));
        AssertProblem(large, HttpStatusCode.RequestEntityTooLarge);
        using HttpResponseMessage xml = await client.PostAsync("/score?buyer=US&scenario=current", new StringContent("<bom/>", Encoding.UTF8, "application/xml"));
        AssertProblem(xml, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Scenarios_lists_the_built_in_ids()
    {
        using HttpClient client = _factory.CreateClient();
        using HttpResponseMessage response = await client.GetAsync("/scenarios");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string[] ids = (await ReadJson(response)).EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToArray();
        Assert.Equal(SupplyRiskModel.Default.Scenarios.Select(s => s.Id), ids);
        Assert.Contains("current", ids);
    }

    [Fact]
    public async Task Health_is_healthy_and_reports_the_data_cutoff()
    {
        using HttpClient client = _factory.CreateClient();
        using HttpResponseMessage response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonElement health = await ReadJson(response);
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        JsonElement check = health.GetProperty("checks").GetProperty("supplyrisk");
        Assert.Equal(SupplyRiskModel.Default.DataAsOf!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), check.GetProperty("data").GetProperty("dataAsOf").GetString());
    }

    /// <summary>
    /// Runs the sample's real entry point (WebApplication.CreateBuilder(args) ... app.Run()) with configuration from the
    /// command line, and returns what it throws. (WebApplicationFactory is not used here: when the host fails to start,
    /// it races the app's disposal and may report ObjectDisposedException instead of the start-up error.)
    /// </summary>
    private static Exception StartFails(params string[] settings)
    {
        string[] args = settings.Append("--urls=http://127.0.0.1:0").ToArray();
        var run = Task.Run(() => typeof(Program).Assembly.EntryPoint!.Invoke(null, new object[] { args }));
        try
        {
            run.Wait(TimeSpan.FromSeconds(30));
        }
        catch (AggregateException)
        {
            // inspected below
        }

        Assert.True(run.IsFaulted, "The host started despite the bad configuration.");
        Exception e = Assert.IsType<AggregateException>(run.Exception).InnerException!;
        return e is System.Reflection.TargetInvocationException { InnerException: { } inner } ? inner : e;
    }

    [Fact]
    public void A_bad_data_file_or_option_stops_the_host_at_start_with_every_problem()
    {
        string bad = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"supplyrisk-web-{Guid.NewGuid():N}.csv");
        System.IO.File.WriteAllText(bad, "material,stage,stage_label,country,share,year,quality,source,note\ncobalt,processing,refined cobalt,XX,0.60,2026,estimate,test,\n");
        try
        {
            var data = Assert.IsType<Microsoft.Extensions.Options.OptionsValidationException>(
                StartFails("--SupplyRisk:DataFiles:0:Kind=StageShares", "--SupplyRisk:DataFiles:0:Path=" + bad));
            Assert.Contains(data.Failures, f => f.StartsWith("SupplyRisk data: " + System.IO.Path.GetFileName(bad) + " line 2", StringComparison.Ordinal));

            var options = Assert.IsType<Microsoft.Extensions.Options.OptionsValidationException>(
                StartFails("--SupplyRisk:InsideBuyerTradeFactor=-1", "--SupplyRisk:AfterCutoff=never"));
            Assert.Equal(2, options.Failures.Count());
        }
        finally
        {
            System.IO.File.Delete(bad);
        }
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_endpoints()
    {
        using HttpClient client = _factory.CreateClient();
        using HttpResponseMessage response = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonElement paths = (await ReadJson(response)).GetProperty("paths");
        Assert.True(paths.TryGetProperty("/score", out JsonElement score));
        Assert.True(score.TryGetProperty("post", out _));
        Assert.True(paths.TryGetProperty("/scenarios", out _));
    }
}
