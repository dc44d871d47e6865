using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using SupplyRisk.Data;
using SupplyRisk.IO;
using SupplyRisk.Parts;
using SupplyRisk.Policy;
using SupplyRisk.Reporting;
using SupplyRisk.Scoring;

namespace SupplyRisk.Tests.Reporting;

/// <summary>
/// The score JSON flattens with pandas: <c>json_normalize(report)</c> joins nested names with '.', and
/// <c>json_normalize(report, record_path, meta)</c> puts the report's fields beside each record's, failing with
/// "Conflicting metadata name" when a record repeats one of them (the <c>score</c> of each contribution did).
/// </summary>
public sealed class ExposureReportJsonTests
{
    private static readonly DateTime Day = new(2026, 11, 28);

    public static IEnumerable<object[]> Scenarios() => new[] { "current", "trade-war-2025" }.Select(s => new object[] { s });

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void The_json_flattens_with_pandas_without_a_repeated_name(string scenario)
    {
        ReferenceDataset data = EmbeddedData.Dataset;
        ProductCatalog catalog = EmbeddedData.Products;
        ExposureScorer context = ExposureScorer.Create(data, EmbeddedData.Timeline, SupplyRiskModel.Default.GetScenario(scenario), data.GetBuyer("US"), Day);
        int arrays = 0;
        foreach (Product product in catalog.Products)
        {
            using JsonDocument doc = JsonDocument.Parse(ExposureReportJson.Write(context.Score(catalog.Parts, product.RootPart)));

            // json_normalize(report): one column per scalar, nested objects joined with '.', arrays kept whole.
            List<string> columns = Flatten(doc.RootElement, string.Empty).ToList();
            Assert.Equal(columns.Count, columns.Distinct(StringComparer.Ordinal).Count());

            // json_normalize(report, path, meta=every column of the enclosing objects): records' columns and meta disjoint.
            arrays += CheckRecords(doc.RootElement, string.Empty, new List<string>());
        }

        Assert.True(arrays > 0, "the reports have arrays of records");
    }

    [Fact]
    public void The_renamed_record_fields_carry_the_same_numbers()
    {
        ReferenceDataset data = EmbeddedData.Dataset;
        ProductCatalog catalog = EmbeddedData.Products;
        ExposureScorer context = ExposureScorer.Create(data, EmbeddedData.Timeline, SupplyRiskModel.Default.GetScenario("trade-war-2025"), data.GetBuyer("US"), Day);
        ExposureReport report = context.Score(catalog.Parts, catalog.Get("bev").RootPart);
        using JsonDocument doc = JsonDocument.Parse(ExposureReportJson.Write(report));
        JsonElement root = doc.RootElement;

        JsonElement[] contributions = root.GetProperty("contributions").EnumerateArray().ToArray();
        Assert.Equal(report.Materials.Count, contributions.Length);
        for (int i = 0; i < contributions.Length; i++)
        {
            MaterialExposure m = report.Materials[i];
            Assert.Equal(m.Score, contributions[i].GetProperty("materialScore").GetDouble());
            Assert.Equal(m.OutputLost, contributions[i].GetProperty("materialOutputLost").GetDouble());
            Assert.Equal(m.Path.TimeToSurviveDays, Int(contributions[i].GetProperty("materialTimeToSurviveDays")));
            Assert.Equal(m.Path.TimeToRecoverDays, Int(contributions[i].GetProperty("materialTimeToRecoverDays")));
        }

        Assert.Equal(report.ByCountry.Select(c => c.Score), root.GetProperty("byCountry").EnumerateArray().Select(c => c.GetProperty("countryScore").GetDouble()));
        Assert.Equal(report.ByStage.Select(c => c.Score), root.GetProperty("byStage").EnumerateArray().Select(c => c.GetProperty("stageScore").GetDouble()));
        Assert.Equal(report.Score, root.GetProperty("score").GetDouble());
    }

    private static int? Int(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetInt32();

    /// <summary>The column names pandas gives an object: scalars and arrays by name, nested objects' fields as parent.child.</summary>
    private static IEnumerable<string> Flatten(JsonElement obj, string prefix)
    {
        foreach (JsonProperty property in obj.EnumerateObject())
        {
            string name = prefix + property.Name;
            if (property.Value.ValueKind == JsonValueKind.Object && property.Value.EnumerateObject().Any())
            {
                foreach (string inner in Flatten(property.Value, name + "."))
                {
                    yield return inner;
                }
            }
            else
            {
                yield return name;
            }
        }
    }

    /// <summary>
    /// For every array of objects under <paramref name="obj"/>: the records' columns do not repeat the meta columns
    /// (the non-array columns of the enclosing objects), and each record's own columns are distinct. Returns how many
    /// arrays of records it checked.
    /// </summary>
    private static int CheckRecords(JsonElement obj, string path, List<string> meta)
    {
        int checkedArrays = 0;
        var here = new List<string>(meta);
        here.AddRange(obj.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Array).SelectMany(p => Flatten(Single(p), string.Empty)));
        foreach (JsonProperty property in obj.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array))
        {
            foreach (JsonElement record in property.Value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object))
            {
                List<string> recordColumns = Flatten(record, string.Empty).ToList();
                Assert.Equal(recordColumns.Count, recordColumns.Distinct(StringComparer.Ordinal).Count());
                string[] conflicts = recordColumns.Intersect(here, StringComparer.Ordinal).ToArray();
                Assert.True(conflicts.Length == 0, $"{path}{property.Name}[] repeats {string.Join(", ", conflicts)} of the enclosing object");
                checkedArrays += CheckRecords(record, path + property.Name + "[].", here);
            }

            checkedArrays++;
        }

        return checkedArrays;
    }

    /// <summary>An object holding only <paramref name="property"/>, to flatten it by the same rule.</summary>
    private static JsonElement Single(JsonProperty property)
    {
        using JsonDocument doc = JsonDocument.Parse("{" + JsonSerializer.Serialize(property.Name) + ":" + property.Value.GetRawText() + "}");
        return doc.RootElement.Clone();
    }
}
