// A minimal ASP.NET Core service that scores BOMs: POST /score, GET /scenarios, GET /health, OpenAPI at /openapi/v1.json.
// Every error is an RFC 7807 problem-details response; bad input is a 4xx that names what is wrong, never a 500.
using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using SupplyRisk;
using SupplyRisk.Extensions.DependencyInjection;
using SupplyRisk.IO;
using SupplyRisk.Parts;
using SupplyRisk.Scoring;

const long MaxBomBytes = 1024 * 1024; // a BOM of 1 MiB is thousands of parts; larger bodies get 413

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxBomBytes);
builder.Services.AddSupplyRisk(builder.Configuration.GetSection(SupplyRiskOptions.SectionName)); // validated at start-up
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();
builder.Services.AddHealthChecks().AddCheck<SupplyRiskHealthCheck>("supplyrisk");

WebApplication app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapOpenApi(); // /openapi/v1.json

app.MapGet("/scenarios", (SupplyRiskModel model) =>
        model.Scenarios.Select(s => new ScenarioInfo(s.Id, s.Name, s.Description)))
    .WithName("ListScenarios")
    .WithSummary("The scenarios a BOM can be scored under.");

app.MapPost("/score", ScoreAsync)
    .WithName("ScoreBom")
    .WithSummary("Scores every top-level part of a BOM for a buyer, a scenario and a date.")
    .WithDescription("The body is a BOM as BomJson reads it (application/json) or SupplyRisk's BOM CSV (text/csv). The response lists one exposure report per top-level part.")
    .Accepts<string>("application/json", "text/csv")
    .Produces(StatusCodes.Status200OK, contentType: "application/json")
    .ProducesProblem(StatusCodes.Status400BadRequest)
    .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
    .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealthAsync });

app.Run();

// The endpoint: query (buyer, scenario, asOf) and body read and checked here, so every bad input gets its own 4xx.
static async Task<IResult> ScoreAsync(HttpRequest request, ISupplyRiskScorerFactory scorers, string? buyer, string? scenario, string? asOf, CancellationToken cancellationToken)
{
    SupplyRiskModel model = scorers.Model;
    var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
    if (string.IsNullOrWhiteSpace(buyer))
    {
        problems["buyer"] = new[] { "A buyer is required: a country group (" + string.Join(", ", model.Data.CountryGroups.Select(g => g.Id)) + ") or an ISO 3166-1 country code." };
    }

    if (string.IsNullOrWhiteSpace(scenario))
    {
        problems["scenario"] = new[] { "A scenario is required: one of " + string.Join(", ", model.Scenarios.Select(s => s.Id)) + "." };
    }

    DateTime date = DateTime.UtcNow.Date;
    if (asOf is not null && !DateTime.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
    {
        problems["asOf"] = new[] { $"'{Prefix(asOf)}' is not a date in the form yyyy-MM-dd." };
    }

    if (problems.Count > 0)
    {
        return Results.ValidationProblem(problems, title: "The query is incomplete or invalid.");
    }

    if (!model.TryGetBuyer(buyer, out _))
    {
        return Results.Problem(
            title: "Unknown buyer.",
            detail: $"Buyer '{Prefix(buyer!)}' is neither a country group nor an ISO 3166-1 country code.",
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["knownGroups"] = model.Data.CountryGroups.Select(g => g.Id).ToArray(), ["countries"] = "any ISO 3166-1 alpha-2 or alpha-3 code" });
    }

    if (!model.TryGetScenario(scenario, out _))
    {
        return Results.Problem(
            title: "Unknown scenario.",
            detail: $"Scenario '{Prefix(scenario!)}' is not known; known: {string.Join(", ", model.Scenarios.Select(s => s.Id))}.",
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["knownScenarios"] = model.Scenarios.Select(s => s.Id).ToArray() });
    }

    bool csv = request.ContentType is string type && type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase);
    bool json = request.ContentType is null || request.ContentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase);
    if (!csv && !json)
    {
        return Results.Problem(title: "Unsupported media type.", detail: $"Send the BOM as application/json or text/csv, not '{Prefix(request.ContentType!)}'.", statusCode: StatusCodes.Status415UnsupportedMediaType);
    }

    string? body;
    try
    {
        body = await ReadBodyAsync(request, MaxBomBytes, cancellationToken);
    }
    catch (IOException e)
    {
        return Results.Problem(title: "The BOM is not valid text.", detail: e.Message, statusCode: StatusCodes.Status400BadRequest);
    }

    if (body is null)
    {
        return Results.Problem(title: "The BOM is too large.", detail: $"The body is over the limit of {MaxBomBytes:N0} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);
    }

    ProductCatalog bom;
    try
    {
        bom = csv ? BomCsv.Read(new StringReader(body), "request body") : BomJson.Read(body, "request body");
    }
    catch (BomFormatException e)
    {
        return BomProblem("The BOM has problems.", e);
    }

    ExposureScorer scorer = scorers.Create(buyer!, scenario!, date);
    IReadOnlyList<ExposureReport> reports;
    try
    {
        reports = scorer.ScoreAll(bom.Parts);
    }
    catch (ArgumentException e)
    {
        return Results.Problem(title: "The BOM cannot be scored.", detail: e.Message, statusCode: StatusCodes.Status400BadRequest);
    }

    var buffer = new ArrayBufferWriter<byte>();
    using (var writer = new Utf8JsonWriter(buffer))
    {
        writer.WriteStartObject();
        writer.WriteString("buyer", scorer.Buyer.Code);
        writer.WriteString("scenario", scorer.Scenario.Id);
        writer.WriteString("asOf", scorer.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteStartArray("reports");
        foreach (ExposureReport report in reports)
        {
            ExposureReportJson.Write(writer, report);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    return Results.Bytes(buffer.WrittenMemory.ToArray(), "application/json");
}

// Reads the body as UTF-8 text, or returns null when it is over the limit (Kestrel enforces the same limit; the test
// server does not, and a chunked body has no length to check up front).
static async Task<string?> ReadBodyAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
{
    if (request.ContentLength > limit)
    {
        return null;
    }

    using var content = new MemoryStream();
    byte[] chunk = new byte[81920];
    int read;
    while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
    {
        if (content.Length + read > limit)
        {
            return null;
        }

        content.Write(chunk, 0, read);
    }

    return InputFile.Decode(content.ToArray(), "request body"); // strict: invalid UTF-8 is an error (IOException), never replaced
}

static IResult BomProblem(string title, DataFormatException e) =>
    Results.Problem(
        title: title,
        detail: e.Message,
        statusCode: StatusCodes.Status400BadRequest,
        extensions: new Dictionary<string, object?>
        {
            ["errors"] = e.Errors.Select(error => new BomError(error.File, error.Line, error.Message)).ToArray(),
        });

static string Prefix(string text) => text.Length <= 60 ? text : text.Substring(0, 60) + "…";

static Task WriteHealthAsync(HttpContext context, HealthReport report)
{
    context.Response.ContentType = "application/json";
    return context.Response.WriteAsJsonAsync(new
    {
        status = report.Status.ToString(),
        checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
    });
}

/// <summary>A scenario as GET /scenarios lists it.</summary>
internal sealed record ScenarioInfo(string Id, string Name, string Description);

/// <summary>One problem of a BOM: where (the body, a line for CSV) and what (with its JSON path for JSON).</summary>
internal sealed record BomError(string File, int? Line, string Message);

/// <summary>The entry point, public so that tests can start the app with WebApplicationFactory.</summary>
public partial class Program;
