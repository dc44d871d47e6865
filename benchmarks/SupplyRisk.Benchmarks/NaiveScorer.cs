using System;
using System.Collections.Generic;
using System.Linq;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Parts;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;

namespace SupplyRisk.Benchmarks;

/// <summary>
/// The scorer a developer would write first: every part flattened recursively into objects (memoised by part number),
/// outlooks in a dictionary keyed by material, LINQ over the lines, made-in shares in a dictionary per line. Same
/// formulas as the engine for the score.
/// </summary>
internal sealed class NaiveScorer
{
    private readonly ScoringContext _context;
    private readonly Dictionary<MaterialId, MaterialOutlook> _outlooks;
    private readonly List<List<Line>> _parts;

    /// <param name="context">The compiled context.</param>
    /// <param name="catalog">The catalog.</param>
    /// <param name="order">The part numbers in the order to score them (the engine's rows).</param>
    public NaiveScorer(ScoringContext context, PartCatalog catalog, IReadOnlyList<string> order)
    {
        _context = context;
        var memo = new Dictionary<string, Dictionary<MaterialId, Line>>(StringComparer.Ordinal);
        _parts = order.Select(number => Flatten(catalog, number, memo).Values.ToList()).ToList();
        _outlooks = _parts.SelectMany(lines => lines).Select(l => l.Material).Distinct().ToDictionary(m => m, context.GetOutlook);
    }

    public double ScoreAll(double[] scores)
    {
        double sum = 0;
        for (int i = 0; i < _parts.Count; i++)
        {
            scores[i] = Score(_parts[i]);
            sum += scores[i];
        }

        return sum;
    }

    private static Dictionary<MaterialId, Line> Flatten(PartCatalog catalog, string partNumber, Dictionary<string, Dictionary<MaterialId, Line>> memo)
    {
        if (memo.TryGetValue(partNumber, out var done))
        {
            return done;
        }

        Part part = catalog.Get(partNumber);
        var lines = new Dictionary<MaterialId, Line>();
        Line Get(MaterialId m) => lines.TryGetValue(m, out Line? l) ? l : lines[m] = new Line(m);
        foreach (MaterialContent content in part.Materials)
        {
            Line line = Get(content.Material);
            line.Grams += content.Grams;
            line.SigmaGrams += content.Substitutability * content.Grams;
            foreach (CountryShare made in part.MadeIn.Entries)
            {
                line.MadeGrams[made.Country] = line.MadeGrams.GetValueOrDefault(made.Country) + (content.Grams * made.Share);
            }
        }

        foreach (BomLine child in part.Children)
        {
            foreach (Line c in Flatten(catalog, child.ChildPartNumber, memo).Values)
            {
                Line line = Get(c.Material);
                line.Grams += c.Grams * child.Quantity;
                line.SigmaGrams += c.SigmaGrams * child.Quantity;
                foreach (var made in c.MadeGrams)
                {
                    line.MadeGrams[made.Key] = line.MadeGrams.GetValueOrDefault(made.Key) + (made.Value * child.Quantity);
                }
            }
        }

        memo[partNumber] = lines;
        return lines;
    }

    private double Score(List<Line> lines)
    {
        double Value(Line l) => l.Grams * _outlooks[l.Material].Price!.UsdPerKilogram / 1000.0;
        double Sigma(Line l) => l.Grams > 0 ? l.SigmaGrams / l.Grams : 0;
        double total = lines.Sum(Value);
        double risk = total > 0 ? lines.Sum(l => Value(l) * Sigma(l) * _outlooks[l.Material].StructuralRisk) / total : 0;
        double f = lines.Select(l => Sigma(l) * _outlooks[l.Material].Shortfall).DefaultIfEmpty(0).Max();
        foreach (PolicyMeasure rule in _context.Effects.ContentRules)
        {
            double controlled = total > 0 ? lines.Where(l => rule.Scope.CoversMaterial(l.Material)).Sum(l =>
            {
                Material m = _outlooks[l.Material].Material;
                return Value(l) * m.Stages[m.Stages.Count - 1].Shares.ShareOf(rule.Issuer);
            }) / total : 0;
            if (controlled >= rule.Magnitude && controlled > 0)
            {
                double affected = lines.Where(l => l.Grams > 0).Sum(l => Value(l) / total * l.MadeGrams.Where(kv => kv.Key != rule.Issuer && (kv.Key.IsRestOfWorld || !_context.Buyer.Contains(kv.Key))).Sum(kv => kv.Value / l.Grams));
                f = Math.Max(f, affected * _context.Scenario.Severity.LicensingCut);
            }
        }

        return 100.0 * ((risk * (1.0 - f)) + f);
    }

    private sealed class Line
    {
        public Line(MaterialId material) => Material = material;

        public MaterialId Material { get; }

        public double Grams { get; set; }

        public double SigmaGrams { get; set; }

        public Dictionary<CountryCode, double> MadeGrams { get; } = new();
    }
}
