using System.Collections.Generic;
using System.Linq;
using System;
using SupplyRisk.Data;
using SupplyRisk.IO;
using Xunit.Abstractions;

namespace SupplyRisk.Tests.Data;

/// <summary>
/// Counts the embedded rows by quality, the table the README quotes:
/// <c>dotnet test tests/SupplyRisk.Tests -c Release --filter "FullyQualifiedName~DataQualityCount" --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class DataQualityCountTests
{
    private static readonly string[] Files =
    {
        "governance.csv", "materials.csv", "stage-shares.csv", "buyers.csv", "buyer-sourcing.csv", "material-prices.csv",
        "material-dynamics.csv", "cover-defaults.csv", "policy-measures.csv", "parts.csv", "part-materials.csv", "bom-lines.csv",
    };

    private static readonly string[] Levels = { "primary", "secondary", "estimate" };

    private readonly ITestOutputHelper _output;

    public DataQualityCountTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Every_embedded_row_with_figures_states_one_of_three_quality_levels()
    {
        var totals = new int[Levels.Length];
        _output.WriteLine("| file | primary | secondary | estimate | rows |");
        _output.WriteLine("|---|---:|---:|---:|---:|");
        foreach (string file in Files)
        {
            var errors = new List<DataError>();
            IReadOnlyList<CsvRecord> records;
            using (var reader = EmbeddedResources.Open(file))
            {
                records = CsvReader.Read(reader, file, errors, new[] { "quality" });
            }

            Assert.Empty(errors);
            Assert.NotEmpty(records);
            int[] counts = Levels.Select(level => records.Count(r => r["quality"] == level)).ToArray();
            Assert.True(counts.Sum() == records.Count, $"{file}: {records.Count - counts.Sum()} rows with another quality");
            for (int i = 0; i < counts.Length; i++)
            {
                totals[i] += counts[i];
            }

            _output.WriteLine($"| `{file}` | {counts[0]} | {counts[1]} | {counts[2]} | {records.Count} |");
        }

        _output.WriteLine($"| all | {totals[0]} | {totals[1]} | {totals[2]} | {totals.Sum()} |");
    }
}
