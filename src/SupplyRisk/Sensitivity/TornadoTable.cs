using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System;
using SupplyRisk.Geography;
using SupplyRisk.Policy;

namespace SupplyRisk.Sensitivity;

/// <summary>
/// The result of a <see cref="SensitivityAnalysis"/>: a part's base score and, for each input, its score at the
/// input's low and high values, ranked by swing (largest first; ties by input name). Immutable.
/// </summary>
public sealed class TornadoTable
{
    internal TornadoTable(string partNumber, string partName, Scenario scenario, Buyer buyer, DateTime asOf, double baseScore, IReadOnlyList<TornadoRow> rows)
    {
        PartNumber = partNumber;
        PartName = partName;
        Scenario = scenario;
        Buyer = buyer;
        AsOf = asOf;
        BaseScore = baseScore;
        Rows = rows;
    }

    /// <summary>The part analysed.</summary>
    public string PartNumber { get; }

    /// <summary>The part's name.</summary>
    public string PartName { get; }

    /// <summary>The base scenario.</summary>
    public Scenario Scenario { get; }

    /// <summary>The buyer.</summary>
    public Buyer Buyer { get; }

    /// <summary>The date.</summary>
    public DateTime AsOf { get; }

    /// <summary>The part's score, 0–100, with every input at its base value.</summary>
    public double BaseScore { get; }

    /// <summary>The rows, largest swing first.</summary>
    public IReadOnlyList<TornadoRow> Rows { get; }

    /// <summary>The table as GitHub markdown: rank, input, low → score, high → score, swing.</summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendFormat(CultureInfo.InvariantCulture, "Sensitivity of {0} ({1}), buyer {2}, scenario {3}, {4:yyyy-MM-dd}: base score {5:0.00}\n\n", PartNumber, PartName, Buyer.Code, Scenario.Id, AsOf, BaseScore);
        text.Append("| # | input | base | low | score at low | high | score at high | swing |\n");
        text.Append("|---:|---|---:|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i < Rows.Count; i++)
        {
            TornadoRow r = Rows[i];
            text.AppendFormat(
                CultureInfo.InvariantCulture,
                "| {0} | {1} | {2} | {3:0.####} | {4:0.00} | {5:0.####} | {6:0.00} | {7:0.00} |\n",
                i + 1,
                r.Input.Name,
                r.BaseValue is double b ? b.ToString("0.####", CultureInfo.InvariantCulture) : "absent",
                r.LowValue,
                r.ScoreAtLow,
                r.HighValue,
                r.ScoreAtHigh,
                r.Swing);
        }

        return text.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => ToMarkdown();
}
