using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System;
using SupplyRisk.Concentration;
using SupplyRisk.Criticality;
using SupplyRisk.Data;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Scoring;
using SupplyRisk.Sources;

namespace SupplyRisk.Reporting;

/// <summary>
/// For every material and stage of a dataset: the leading supplier shares, HHI, its DOJ/FTC 2023 band,
/// HHI-WGI and the EU-style SR for each buyer, with the bottleneck stage marked. Immutable.
/// </summary>
public sealed class MaterialSummaryTable
{
    private MaterialSummaryTable(IReadOnlyList<Buyer> buyers, IReadOnlyList<MaterialSummaryRow> rows)
    {
        Buyers = buyers;
        Rows = rows;
    }

    /// <summary>The buyers, one SR column each.</summary>
    public IReadOnlyList<Buyer> Buyers { get; }

    /// <summary>The rows, by material id then stage.</summary>
    public IReadOnlyList<MaterialSummaryRow> Rows { get; }

    /// <summary>Builds the table for the given buyers.</summary>
    /// <exception cref="ArgumentException">No buyer is given.</exception>
    public static MaterialSummaryTable Create(ReferenceDataset data, IEnumerable<Buyer> buyers, SupplyRiskAssessor? assessor = null)
    {
        if (data is null)
        {
            throw new ArgumentNullException(nameof(data));
        }

        Buyer[] buyerList = (buyers ?? throw new ArgumentNullException(nameof(buyers))).ToArray();
        int missing = Array.IndexOf(buyerList, null);
        if (missing >= 0)
        {
            throw new ArgumentException($"Buyer {missing + 1} is null.", nameof(buyers));
        }

        if (buyerList.Length == 0)
        {
            throw new ArgumentException("The summary needs at least one buyer.", nameof(buyers));
        }

        assessor ??= new SupplyRiskAssessor(data);
        var rows = new List<MaterialSummaryRow>();
        foreach (Material material in data.Materials)
        {
            bool assessable = SupplyRiskAssessor.CanAssess(material, out string reason);
            MaterialSupplyRisk?[] risks = buyerList.Select(b => assessable ? assessor.Assess(material.Id, b) : null).ToArray();
            foreach (SupplyStage stage in material.Stages)
            {
                var cells = risks.Select(r => r is null
                    ? new MaterialSummaryCell(null, false, reason)
                    : new MaterialSummaryCell(r.ForStage(stage.Kind), r.Bottleneck.Stage.Kind == stage.Kind, null)).ToArray();
                DataQuality weakest = stage.Shares.Entries.Max(e => e.Provenance.Quality);
                rows.Add(new MaterialSummaryRow(material, stage, ConcentrationProfile.Of(stage.Shares, data.Governance), cells, weakest));
            }
        }

        return new MaterialSummaryTable(buyerList, rows);
    }

    /// <summary>
    /// The table as fixed-width text. SR columns show the stage's SR, <c>*</c> marking the bottleneck stage
    /// and <c>g</c> a stage computed on global supply only; <c>n/a</c> when the material lacks EoL-RIR or SI_SR.
    /// </summary>
    public string ToText()
    {
        var header = new List<string> { "material", "stage", "top suppliers", "HHI", "band", "HHI-WGI", "quality" };
        header.AddRange(Buyers.Select(b => "SR " + b.Code));
        var lines = new List<string[]> { header.ToArray() };
        foreach (MaterialSummaryRow row in Rows)
        {
            var cells = new List<string>
            {
                row.Material.Id.Value,
                StageKinds.Name(row.Stage.Kind),
                string.Join(" ", row.Concentration.Shares.Entries.Take(3).Select(e => $"{e.Country} {Pct(e.Share)}")),
                row.Concentration.HhiPoints.ToString("0", CultureInfo.InvariantCulture),
                BandText(row.Concentration.Band),
                row.Concentration.GovernanceWeightedHhi.ToString("0.00", CultureInfo.InvariantCulture),
                row.WeakestQuality.ToString().ToLowerInvariant(),
            };
            foreach (MaterialSummaryCell cell in row.SupplyRisk)
            {
                cells.Add(cell.Stage is null
                    ? "n/a"
                    : cell.Stage.Result.Value.ToString("0.00", CultureInfo.InvariantCulture)
                      + (cell.Stage.Result.Basis == SupplyBasis.GlobalSupplyOnly ? "g" : " ")
                      + (cell.IsBottleneck ? "*" : " "));
            }

            lines.Add(cells.ToArray());
        }

        int[] widths = Enumerable.Range(0, header.Count).Select(i => lines.Max(l => l[i].Length)).ToArray();
        var text = new StringBuilder();
        foreach (string[] line in lines)
        {
            for (int i = 0; i < line.Length; i++)
            {
                bool numeric = i >= 3 && i != 4 && i != 6;
                text.Append(numeric ? line[i].PadLeft(widths[i]) : line[i].PadRight(widths[i]));
                text.Append(i == line.Length - 1 ? string.Empty : "  ");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Pct(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string BandText(ConcentrationBand band) => band switch
    {
        ConcentrationBand.HighlyConcentrated => "high",
        ConcentrationBand.ModeratelyConcentrated => "moderate",
        _ => "low",
    };
}
