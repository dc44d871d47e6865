using System.Collections.Generic;
using System.Linq;
using System;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Parts;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;

namespace SupplyRisk.Benchmarks;

/// <summary>
/// The scorer a developer would write first: every part flattened recursively into objects (memoised by part number),
/// outlooks in a dictionary keyed by material, made-in shares in a dictionary per line, and each line followed day by
/// day over the horizon with LINQ (route paths cached by material and place). Same formulas as the engine for the
/// score. The synthetic catalogs have no material-form parts, so a route is the place a line is made.
/// </summary>
internal sealed class NaiveScorer
{
    private readonly ExposureScorer _context;
    private readonly Dictionary<MaterialId, MaterialOutlook> _outlooks;
    private readonly List<List<Line>> _parts;
    private readonly Dictionary<(MaterialId, CountryCode), double[]> _paths = new();

    /// <param name="context">The compiled context.</param>
    /// <param name="catalog">The catalog.</param>
    /// <param name="order">The part numbers in the order to score them (the engine's rows).</param>
    public NaiveScorer(ExposureScorer context, PartCatalog catalog, IReadOnlyList<string> order)
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

    private Dictionary<MaterialId, Line> Flatten(PartCatalog catalog, string partNumber, Dictionary<string, Dictionary<MaterialId, Line>> memo)
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
            line.Cover = 0;
            foreach (CountryShare made in part.MadeIn.Entries)
            {
                line.MadeGrams[made.Country] = line.MadeGrams.GetValueOrDefault(made.Country) + (content.Grams * made.Share);
            }
        }

        foreach (BomLine child in part.Children)
        {
            double childCover = _context.CoverDaysOf(catalog.Get(child.ChildPartNumber));
            foreach (Line c in Flatten(catalog, child.ChildPartNumber, memo).Values)
            {
                Line line = Get(c.Material);
                line.Grams += c.Grams * child.Quantity;
                line.SigmaGrams += c.SigmaGrams * child.Quantity;
                line.Cover = Math.Min(line.Cover, childCover + c.Cover);
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
        int days = _context.Options.HorizonDays;
        double Value(Line l) => l.Grams * _outlooks[l.Material].Price!.UsdPerKilogram / 1000.0;
        double total = lines.Sum(Value);
        double risk = total > 0 ? lines.Sum(l => Value(l) * _outlooks[l.Material].StructuralRisk) / total : 0;
        double f = lines.Select(l => Lost(l, days)).DefaultIfEmpty(0).Max() / days;
        return 100.0 * ((risk * (1.0 - f)) + f);
    }

    /// <summary>Days of need the line leaves unbuilt: at each place it is consumed, that place's daily shortfall summed, less its own stock.</summary>
    private double Lost(Line l, int days)
    {
        MaterialOutlook outlook = _outlooks[l.Material];
        if (l.Grams <= 0 || l.Grams * _context.Options.AnnualUnits / 1000.0 <= outlook.Dynamics.TraderStockKilogramsPerYear)
        {
            return 0;
        }

        double sigma = l.SigmaGrams / l.Grams;
        double stock = _context.Options.CoverFactor * (l.Cover + outlook.Dynamics.ChannelCoverDays);
        return l.MadeGrams.Sum(made => made.Value / l.Grams * Math.Max(0, Enumerable.Range(0, days).Sum(t =>
            (outlook.OnsetDay is int onset && t - onset >= outlook.Dynamics.SubstitutionLeadDays ? sigma : 1.0) * Path(l.Material, made.Key)[t]) - stock));
    }

    private double[] Path(MaterialId material, CountryCode place)
    {
        if (!_paths.TryGetValue((material, place), out double[]? path))
        {
            path = _context.RoutePath(material, new MaterialRoute(Array.Empty<FormPart>(), place, 1.0)).Shortfall;
            _paths.Add((material, place), path);
        }

        return path;
    }

    private sealed class Line
    {
        public Line(MaterialId material) => Material = material;

        public MaterialId Material { get; }

        public double Grams { get; set; }

        public double SigmaGrams { get; set; }

        public double Cover { get; set; } = double.PositiveInfinity;

        public Dictionary<CountryCode, double> MadeGrams { get; } = new();
    }
}
