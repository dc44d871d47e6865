using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;
using SupplyRisk.Data;
using SupplyRisk.IO;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Parts;
using SupplyRisk.Policy;
using SupplyRisk.Reporting;
using SupplyRisk.Scoring;
using Xunit.Abstractions;

namespace SupplyRisk.Tests.Reporting;

/// <summary>
/// The long-format exposure table: one row per report × material (one for a part without materials), every value the
/// report's, and the CSV and Arrow files read back to the same values.
/// </summary>
public sealed class ExposureTableTests
{
    private readonly ITestOutputHelper _output;

    public ExposureTableTests(ITestOutputHelper output) => _output = output;

    private const string FormulaPart = "=cmd|x!A0";
    private static readonly DateTime Day = new(2026, 11, 28);
    private static readonly Lazy<IReadOnlyList<ExposureReport>> LazyReports = new(MakeReports);

    private static IReadOnlyList<ExposureReport> Reports => LazyReports.Value;

    /// <summary>
    /// Built-in products under a calm and a harsh scenario for two buyers, and test-data parts: a widget with one
    /// material, a part without materials and a part whose number a spreadsheet would run as a formula.
    /// </summary>
    private static IReadOnlyList<ExposureReport> MakeReports()
    {
        var reports = new List<ExposureReport>();
        ReferenceDataset data = EmbeddedData.Dataset;
        ProductCatalog catalog = EmbeddedData.Products;
        foreach (string scenario in new[] { "current", "trade-war-2025" })
        {
            foreach (string buyer in new[] { "US", "EU" })
            {
                ExposureScorer context = ExposureScorer.Create(data, EmbeddedData.Timeline, SupplyRiskModel.Default.GetScenario(scenario), data.GetBuyer(buyer), Day);
                foreach (string product in new[] { "smartphone", "bev" })
                {
                    reports.Add(context.Score(catalog.Parts, catalog.Get(product).RootPart));
                }
            }
        }

        ReferenceDataset test = TestData.Build();
        CountryShares madeInDe = CountryShares.Create((CountryCode.Parse("DE"), 1.0));
        var parts = new PartCatalog(new[]
        {
            new Part("W", "widget, testium", PartCategory.Other, madeInDe, new[] { new MaterialContent("testium", 10) }),
            new Part("E", "empty housing", PartCategory.Other, madeInDe),
            new Part(FormulaPart, "=HYPERLINK(\"x\")", PartCategory.Other, madeInDe, new[] { new MaterialContent("testium", 2) }),
        });
        ExposureScorer small = ExposureScorer.Create(test, PolicyTimeline.Empty, Scenario.Create("calm").Build(), test.GetBuyer("BLOC"), Day);
        reports.AddRange(new[] { "W", "E", FormulaPart }.Select(p => small.Score(parts, p)));
        return reports;
    }

    private static ExposureTable Table() => ExposureTable.From(Reports);

    [Fact]
    public void There_is_one_row_per_report_and_material_and_a_part_without_materials_keeps_one_row()
    {
        ExposureTable table = Table();

        Assert.Contains(Reports, r => r.Materials.Count == 0);
        Assert.Equal(Reports.Sum(r => Math.Max(1, r.Materials.Count)), table.Rows.Count);
        Assert.Equal(Reports.Count, table.ReportCount);
        int at = 0;
        foreach (ExposureReport report in Reports)
        {
            if (report.Materials.Count == 0)
            {
                ExposureTableRow row = table.Rows[at++];
                Assert.Equal(report.PartNumber, row.PartNumber);
                Assert.Null(row.Material);
                int firstMaterialColumn = ExposureTable.Columns.ToList().FindIndex(c => c.Name == "material");
                Assert.All(ExposureTable.Columns.Skip(firstMaterialColumn), c => Assert.Null(c.ValueOf(row)));
                continue;
            }

            foreach (MaterialExposure material in report.Materials)
            {
                ExposureTableRow row = table.Rows[at++];
                Assert.Equal(report.PartNumber, row.PartNumber);
                Assert.Equal(material.Material.Value, row.Material);
            }
        }
    }

    [Fact]
    public void Every_value_is_the_reports()
    {
        ExposureTable table = Table();
        int at = 0;
        foreach (ExposureReport r in Reports)
        {
            foreach (MaterialExposure? m in r.Materials.Count == 0 ? new MaterialExposure?[] { null } : r.Materials.ToArray())
            {
                ExposureTableRow row = table.Rows[at++];
                Assert.Equal(r.PartNumber, row.PartNumber);
                Assert.Equal(r.PartName, row.PartName);
                Assert.Equal(r.Scenario.Id, row.ScenarioId);
                Assert.Equal(r.Buyer.Code, row.BuyerCode);
                Assert.Equal(r.AsOf, row.AsOf);
                Assert.Equal(r.HorizonDays, row.HorizonDays);
                Assert.Equal(r.Score, row.Score);
                Assert.Equal(r.StructuralRisk, row.StructuralRisk);
                Assert.Equal(r.OutputLost, row.OutputLost);
                Assert.Equal(r.ShortfallDriver, row.ShortfallDriver);
                Assert.Equal(r.BindingPart, row.BindingPart);
                Assert.Equal(r.TimeToSurviveDays, row.TimeToSurviveDays);
                Assert.Equal(r.TimeToRecoverDays, row.TimeToRecoverDays);
                Assert.Equal(r.CostImpact, row.CostImpact);
                Assert.Equal(r.CostImpactMaterialTariffs, row.CostImpactMaterialTariffs);
                Assert.Equal(r.CostImpactPartTariffs, row.CostImpactPartTariffs);
                Assert.Equal(r.CostImpactPrices, row.CostImpactPrices);
                Assert.Equal(r.DataAsOf, row.DataAsOf);
                Assert.Equal(r.AfterCutoff == AfterCutoff.Reinstate ? "reinstate" : "extend", row.AfterCutoff);
                Assert.Equal(r.Assumptions.Count, row.AssumptionCount);
                Assert.Equal(m?.Material.Value, row.Material);
                Assert.Equal(m?.Score, row.MaterialScore);
                Assert.Equal(m?.Structural, row.MaterialStructural);
                Assert.Equal(m?.Shortfall, row.MaterialShortfall);
                Assert.Equal(m?.Grams, row.Grams);
                Assert.Equal(m?.ValueShare, row.ValueShare);
                Assert.Equal(m?.Substitutability, row.Substitutability);
                Assert.Equal(m?.Outlook.SupplyRisk.Value, row.SupplyRisk);
                Assert.Equal(m is null ? null : StageKinds.Name(m.Outlook.SupplyRisk.Bottleneck.Stage.Kind), row.BottleneckStage);
                Assert.Equal(m is null ? null : SupplyRisk.Criticality.SupplyBases.Name(m.Outlook.SupplyRisk.Bottleneck.Result.Basis), row.SupplyBasis);
                Assert.Equal(m?.MinimumAvailability, row.MinimumAvailability);
                Assert.Equal(m?.DayOfMinimumAvailability, row.DayOfMinimumAvailability);
                Assert.Equal(m?.OutputLost, row.MaterialOutputLost);
                Assert.Equal(m?.Path.TimeToSurviveDays, row.MaterialTimeToSurviveDays);
                Assert.Equal(m?.Path.TimeToRecoverDays, row.MaterialTimeToRecoverDays);
                Assert.Equal(m?.Path.CoverDays, row.CoverDays);
                Assert.Equal(m?.Path.ServedFromTraderStock, row.ServedFromTraderStock);
                Assert.Equal(m?.Path.ContainingPart, row.ContainingPart);
                Assert.Equal(m?.CostMultiplier, row.CostMultiplier);
                Assert.Equal(m?.PriceMultiplier, row.PriceMultiplier);
            }
        }

        // The harsh scenario makes some output lost, so the nullable part-level columns carry values as well as nulls.
        Assert.Contains(table.Rows, row => row.TimeToSurviveDays is not null);
        Assert.Contains(table.Rows, row => row.TimeToSurviveDays is null);
    }

    [Fact]
    public void The_columns_are_unique_snake_case_documented_and_typed_as_they_say()
    {
        IReadOnlyList<ExposureTableColumn> columns = ExposureTable.Columns;
        Assert.Equal(columns.Count, columns.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(columns, c => Assert.Matches(new Regex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$"), c.Name));
        Assert.All(columns, c => Assert.False(string.IsNullOrWhiteSpace(c.Description), c.Name));
        foreach (ExposureTableRow row in Table().Rows)
        {
            foreach (ExposureTableColumn column in columns)
            {
                object? value = column.ValueOf(row);
                if (value is null)
                {
                    Assert.True(column.IsNullable, column.Name);
                    continue;
                }

                Type expected = column.Kind switch
                {
                    ExposureTableColumnKind.Text => typeof(string),
                    ExposureTableColumnKind.Number => typeof(double),
                    ExposureTableColumnKind.Integer => typeof(int),
                    ExposureTableColumnKind.Date => typeof(DateTime),
                    _ => typeof(bool),
                };
                Assert.IsType(expected, value);
            }
        }
    }

    [Fact]
    public void Building_the_table_leaves_the_reports_as_they_were_and_refuses_nulls()
    {
        var input = Reports.ToList();
        ExposureTable.From(input);
        Assert.Equal(Reports, input);
        Assert.Empty(ExposureTable.From(System.Array.Empty<ExposureReport>()).Rows);
        Assert.Throws<ArgumentNullException>(() => ExposureTable.From(null!));
        Assert.Throws<ArgumentException>(() => ExposureTable.From(new[] { Reports[0], null! }));
    }

    [Fact]
    public void The_csv_reads_back_to_the_tables_values()
    {
        ExposureTable table = Table();
        var errors = new List<DataError>();
        IReadOnlyList<CsvRecord> records = CsvReader.Read(new StringReader(ExposureTableCsv.ToCsv(table, neutraliseFormulas: false)), "table.csv", errors, ExposureTable.Columns.Select(c => c.Name).ToArray());

        Assert.Empty(errors);
        Assert.Equal(table.Rows.Count, records.Count);
        for (int i = 0; i < records.Count; i++)
        {
            foreach (ExposureTableColumn column in ExposureTable.Columns)
            {
                string field = records[i][column.Name];
                object? value = column.ValueOf(table.Rows[i]);
                object? read = field.Length == 0 ? null : column.Kind switch
                {
                    ExposureTableColumnKind.Text => field,
                    ExposureTableColumnKind.Number => double.Parse(field, NumberStyles.Float, CultureInfo.InvariantCulture),
                    ExposureTableColumnKind.Integer => int.Parse(field, CultureInfo.InvariantCulture),
                    ExposureTableColumnKind.Date => DateTime.ParseExact(field, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    _ => bool.Parse(field),
                };
                Assert.Equal(value, read);
            }
        }
    }

    [Fact]
    public void The_csv_neutralises_a_part_number_that_a_spreadsheet_would_run_unless_asked_for_raw_values()
    {
        ExposureTable table = ExposureTable.From(Reports.Where(r => r.PartNumber == FormulaPart));
        string safe = ExposureTableCsv.ToCsv(table);
        string raw = ExposureTableCsv.ToCsv(table, neutraliseFormulas: false);

        string[] safeLines = safe.Split('\n');
        Assert.Equal(string.Join(",", ExposureTable.Columns.Select(c => c.Name)), safeLines[0]);
        Assert.Equal(table.Rows.Count + 2, safeLines.Length);
        Assert.All(safeLines.Skip(1).Take(table.Rows.Count), line => Assert.StartsWith("'" + FormulaPart + ",\"'=HYPERLINK(\"\"x\"\")\",", line));
        Assert.All(raw.Split('\n').Skip(1).Take(table.Rows.Count), line => Assert.StartsWith(FormulaPart + ",\"=HYPERLINK(\"\"x\"\")\",", line));
        Assert.DoesNotContain("NaN", safe);
    }

    [Fact]
    public void The_csv_writer_writes_to_the_given_writer_and_leaves_it_open()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        ExposureTableCsv.Write(Table(), writer);
        writer.Write("end");
        Assert.Equal(ExposureTableCsv.ToCsv(Table()) + "end", writer.ToString());
        Assert.Throws<ArgumentNullException>(() => ExposureTableCsv.Write(null!, writer));
        Assert.Throws<ArgumentNullException>(() => ExposureTableCsv.Write(Table(), null!));
    }

    [Fact]
    public void The_arrow_file_reads_back_with_the_schema_and_the_tables_values()
    {
        ExposureTable table = Table();
        using var stream = new MemoryStream();
        ExposureTableArrow.Write(table, stream);
        Assert.True(stream.CanWrite, "the writer leaves the stream open");
        stream.Position = 0;

        using var reader = new ArrowFileReader(stream, leaveOpen: true);
        Schema schema = reader.Schema;
        Assert.Equal(ExposureTable.Columns.Select(c => c.Name), schema.FieldsList.Select(f => f.Name));
        foreach (ExposureTableColumn column in ExposureTable.Columns)
        {
            Field field = schema.GetFieldByName(column.Name);
            ArrowTypeId expected = column.Kind switch
            {
                ExposureTableColumnKind.Text => ArrowTypeId.String,
                ExposureTableColumnKind.Number => ArrowTypeId.Double,
                ExposureTableColumnKind.Integer => ArrowTypeId.Int32,
                ExposureTableColumnKind.Date => ArrowTypeId.Date32,
                _ => ArrowTypeId.Boolean,
            };
            Assert.Equal(expected, field.DataType.TypeId);
            Assert.Equal(column.IsNullable, field.IsNullable);
            Assert.Equal(column.Description, field.Metadata["description"]);
        }

        var batches = new List<RecordBatch>();
        while (reader.ReadNextRecordBatch() is RecordBatch batch)
        {
            batches.Add(batch);
        }

        Assert.Equal(table.Rows.Count, batches.Sum(b => b.Length));
        RecordBatch only = Assert.Single(batches);
        for (int i = 0; i < table.Rows.Count; i++)
        {
            ExposureTableRow row = table.Rows[i];
            Assert.Equal(row.PartNumber, ((StringArray)only.Column("part_number")).GetString(i));
            Assert.Equal(row.Material, ((StringArray)only.Column("material")).GetString(i));
            Assert.Equal(row.Score, ((DoubleArray)only.Column("score")).GetValue(i));
            Assert.Equal(row.MaterialScore, ((DoubleArray)only.Column("material_score")).GetValue(i));
            Assert.Equal(row.TimeToSurviveDays, ((Int32Array)only.Column("time_to_survive_days")).GetValue(i));
            Assert.Equal(row.AsOf, ((Date32Array)only.Column("as_of")).GetDateTime(i));
            Assert.Equal(row.DataAsOf, ((Date32Array)only.Column("data_as_of")).GetDateTime(i));
            Assert.Equal(row.ServedFromTraderStock, ((BooleanArray)only.Column("served_from_trader_stock")).GetValue(i));
        }

        // Every column against the table, through the one list of columns.
        for (int c = 0; c < ExposureTable.Columns.Count; c++)
        {
            ExposureTableColumn column = ExposureTable.Columns[c];
            IArrowArray array = only.Column(c);
            for (int i = 0; i < table.Rows.Count; i++)
            {
                object? read = array switch
                {
                    StringArray s => s.GetString(i),
                    DoubleArray d => d.GetValue(i),
                    Int32Array n => n.GetValue(i),
                    Date32Array t => t.GetDateTime(i),
                    BooleanArray b => b.GetValue(i),
                    _ => throw new InvalidOperationException(array.GetType().Name),
                };
                Assert.Equal(column.ValueOf(table.Rows[i]), read);
            }
        }
    }

    [Fact]
    public void An_empty_table_is_a_valid_arrow_file_with_the_schema_and_no_rows()
    {
        using var stream = new MemoryStream();
        ExposureTableArrow.Write(ExposureTable.From(System.Array.Empty<ExposureReport>()), stream);
        stream.Position = 0;
        using var reader = new ArrowFileReader(stream);
        Assert.Equal(ExposureTable.Columns.Count, reader.Schema.FieldsList.Count);
        Assert.Null(reader.ReadNextRecordBatch());
    }

    [Fact]
    public void A_report_is_one_line_naming_part_buyer_scenario_date_score_and_top_material()
    {
        ExposureReport report = Reports[0];
        string line = report.ToString();
        _output.WriteLine(line);

        Assert.DoesNotContain("\n", line);
        Assert.InRange(line.Length, 1, 300);
        Assert.Contains(report.PartNumber, line);
        Assert.Contains("buyer " + report.Buyer.Code, line);
        Assert.Contains("scenario " + report.Scenario.Id, line);
        Assert.Contains(report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), line);
        Assert.Contains("score " + report.Score.ToString("0.0", CultureInfo.InvariantCulture), line);
        Assert.Contains("top material " + report.Materials[0].Material.Value, line);
        Assert.Contains("no materials", Reports.Single(r => r.PartNumber == "E").ToString());
    }

    [Fact]
    public void The_table_shows_as_a_short_text_table_of_its_first_rows()
    {
        ExposureTable table = Table();
        _output.WriteLine(table.ToString());
        string[] lines = table.ToString().TrimEnd('\n').Split('\n');

        Assert.True(table.Rows.Count > 10);
        Assert.Equal(1 + 1 + 10 + 1, lines.Length);
        Assert.StartsWith("part_number", lines[1]);
        Assert.Equal($"... {table.Rows.Count - 10} more rows", lines[^1]);
        Assert.StartsWith(table.Rows[0].PartNumber, lines[2]);
        Assert.Contains(table.Rows[0].Material!, lines[2]);
        Assert.Equal(1 + 1 + table.Rows.Count, table.ToText(int.MaxValue).TrimEnd('\n').Split('\n').Length);
    }
}
