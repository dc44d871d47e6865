using System;
using System.Collections.Generic;
using System.Linq;
using SupplyRisk.Engine;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;

namespace SupplyRisk.Benchmarks;

/// <summary>
/// The scorer a developer would write first: flattened parts as objects, outlooks in a dictionary keyed by
/// material, LINQ over the lines, tariffs asked of the shock model per line. Same formulas as the engine.
/// </summary>
internal sealed class NaiveScorer
{
    private readonly ScoringContext _context;
    private readonly Dictionary<MaterialId, MaterialOutlook> _outlooks;
    private readonly List<(string Part, List<Line> Lines)> _parts;

    public NaiveScorer(ScoringContext context, CompiledCatalog catalog)
    {
        _context = context;
        _outlooks = catalog.Materials.ToDictionary(m => m, context.GetOutlook);
        _parts = new List<(string, List<Line>)>(catalog.PartCount);
        for (int p = 0; p < catalog.PartCount; p++)
        {
            var lines = new List<Line>();
            for (int e = catalog.RowStart[p]; e < catalog.RowStart[p + 1]; e++)
            {
                var made = new Dictionary<CountryCode, double>();
                for (int k = catalog.MadeStart[e]; k < catalog.MadeStart[e + 1]; k++)
                {
                    made[catalog.Countries[catalog.MadeCountry[k]]] = catalog.MadeShare[k];
                }

                lines.Add(new Line(catalog.Materials[catalog.EntryMaterial[e]], catalog.EntryGrams[e], catalog.EntrySubstitutability[e], made));
            }

            _parts.Add((catalog.PartNumbers[p], lines));
        }
    }

    public double ScoreAll(double[] scores)
    {
        double sum = 0;
        for (int i = 0; i < _parts.Count; i++)
        {
            scores[i] = Score(_parts[i].Lines);
            sum += scores[i];
        }

        return sum;
    }

    private double Score(List<Line> lines)
    {
        double Value(Line l) => l.Grams * _outlooks[l.Material].Price!.UsdPerKilogram / 1000.0;
        double total = lines.Sum(Value);
        double risk = total > 0 ? lines.Sum(l => Value(l) * l.Sigma * _outlooks[l.Material].StructuralRisk) / total : 0;
        double f = lines.Select(l => l.Sigma * _outlooks[l.Material].Shortfall).DefaultIfEmpty(0).Max();
        foreach (PolicyMeasure rule in _context.Effects.ContentRules)
        {
            double controlled = total > 0 ? lines.Where(l => rule.Scope.CoversMaterial(l.Material)).Sum(l =>
            {
                Material m = _outlooks[l.Material].Material;
                return Value(l) * m.Stages[m.Stages.Count - 1].Shares.ShareOf(rule.Issuer);
            }) / total : 0;
            if (controlled >= rule.Magnitude && controlled > 0)
            {
                double affected = lines.Sum(l => Value(l) / total * l.MadeIn.Where(kv => kv.Key != rule.Issuer && (kv.Key.IsRestOfWorld || !_context.Buyer.Contains(kv.Key))).Sum(kv => kv.Value));
                f = Math.Max(f, affected * _context.Scenario.Severity.LicensingCut);
            }
        }

        return 100.0 * ((risk * (1.0 - f)) + f);
    }

    private sealed record Line(MaterialId Material, double Grams, double Sigma, Dictionary<CountryCode, double> MadeIn);
}
