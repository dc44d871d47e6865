using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace SupplyRisk.Engine;

/// <summary>
/// Scores compiled catalogs: the same exposure score, expected shortfall and cost impact as
/// <see cref="Scoring.ScoringContext.Score(Parts.FlatPart)"/> (equal to 1e-12 relative), read from flat arrays with no
/// allocation, no dictionary look-up and no virtual call per part. Span overloads fill a caller's buffers; the
/// parallel overloads split the rows into disjoint ranges, so their results are bit-identical to the sequential ones.
/// All methods are thread-safe.
/// </summary>
public static class ExposureEngine
{
    /// <summary>Scores every part into <paramref name="scores"/> (length = part count).</summary>
    /// <exception cref="ArgumentException">The buffer length is not the part count.</exception>
    public static void Score(CompiledScenario scenario, Span<double> scores) =>
        Score(scenario, scores, Span<double>.Empty, Span<double>.Empty);

    /// <summary>
    /// Scores every part; <paramref name="shortfalls"/> and <paramref name="costImpacts"/> are filled too unless empty.
    /// </summary>
    /// <exception cref="ArgumentException">A non-empty buffer's length is not the part count.</exception>
    public static void Score(CompiledScenario scenario, Span<double> scores, Span<double> shortfalls, Span<double> costImpacts)
    {
        int parts = Check(scenario, scores, shortfalls, costImpacts);
        bool wantShortfall = !shortfalls.IsEmpty;
        bool wantCost = !costImpacts.IsEmpty;
        for (int p = 0; p < parts; p++)
        {
            scores[p] = ScoreRow(scenario, p, out double f, out double cost);
            if (wantShortfall)
            {
                shortfalls[p] = f;
            }

            if (wantCost)
            {
                costImpacts[p] = cost;
            }
        }
    }

    /// <summary>Scores one part (row) of the compiled catalog.</summary>
    public static double Score(CompiledScenario scenario, int part, out double expectedShortfall, out double costImpact)
    {
        if (scenario is null)
        {
            throw new ArgumentNullException(nameof(scenario));
        }

        if ((uint)part >= (uint)scenario.Catalog.PartCount)
        {
            throw new ArgumentOutOfRangeException(nameof(part), part, $"The catalog has {scenario.Catalog.PartCount} parts.");
        }

        return ScoreRow(scenario, part, out expectedShortfall, out costImpact);
    }

    /// <summary>Scores every part and returns the scores (allocates the result).</summary>
    public static double[] Score(CompiledScenario scenario)
    {
        var scores = new double[(scenario ?? throw new ArgumentNullException(nameof(scenario))).Catalog.PartCount];
        Score(scenario, scores);
        return scores;
    }

    /// <summary>
    /// Scores every part on several threads into the caller's arrays (shortfalls and costs may be null).
    /// Bit-identical to <see cref="Score(CompiledScenario, Span{double}, Span{double}, Span{double})"/>.
    /// </summary>
    public static void ScoreParallel(CompiledScenario scenario, double[] scores, double[]? shortfalls = null, double[]? costImpacts = null, int maxDegreeOfParallelism = -1)
    {
        int parts = Check(scenario, scores, shortfalls, costImpacts);
        const int chunk = 4096;
        int chunks = (parts + chunk - 1) / chunk;
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, i =>
        {
            int start = i * chunk;
            int end = Math.Min(parts, start + chunk);
            for (int p = start; p < end; p++)
            {
                scores[p] = ScoreRow(scenario, p, out double f, out double cost);
                if (shortfalls is not null)
                {
                    shortfalls[p] = f;
                }

                if (costImpacts is not null)
                {
                    costImpacts[p] = cost;
                }
            }
        });
    }

    /// <summary>
    /// Scores the catalog under K scenarios compiled for it, into <paramref name="scores"/> laid out scenario-major
    /// (<c>scores[k · parts + p]</c>). The catalog is compiled once; only the scenario arrays differ.
    /// </summary>
    /// <exception cref="ArgumentException">The scenarios were compiled for different catalogs, or the buffer length is not K × parts.</exception>
    public static void Score(IReadOnlyList<CompiledScenario> scenarios, Span<double> scores)
    {
        if (scenarios is null || scenarios.Count == 0)
        {
            throw new ArgumentException("Give at least one compiled scenario.", nameof(scenarios));
        }

        CompiledCatalog catalog = scenarios[0].Catalog;
        int parts = catalog.PartCount;
        if (scores.Length != scenarios.Count * parts)
        {
            throw new ArgumentException($"The buffer holds {scores.Length} values; {scenarios.Count} scenarios × {parts} parts need {scenarios.Count * parts}.", nameof(scores));
        }

        for (int k = 0; k < scenarios.Count; k++)
        {
            if (!ReferenceEquals(scenarios[k].Catalog, catalog))
            {
                throw new ArgumentException($"Scenario {k} was compiled for another catalog.", nameof(scenarios));
            }

            Score(scenarios[k], scores.Slice(k * parts, parts));
        }
    }

    /// <summary>
    /// The kernel: one pass over a CSR row, formulas of docs/methodology.md §10. The made-in sums (tariffs,
    /// where content rules bite) were folded into per-entry arrays when the scenario was compiled.
    /// </summary>
    private static double ScoreRow(CompiledScenario s, int p, out double shortfall, out double costImpact)
    {
        CompiledCatalog c = s.Catalog;
        int[] material = c.EntryMaterial;
        double[] grams = c.EntryGrams;
        double[] sigma = c.EntrySubstitutability;
        double[] price = s.Price;
        double[] structural = s.Structural;
        double[] unavailable = s.Shortfall;
        double[]? entryTariff = s.EntryTariff;
        CompiledScenario.ContentRule[] rules = s.Rules;
        int start = c.RowStart[p];
        int end = c.RowStart[p + 1];

        double total = 0;
        double risk = 0;
        double f = 0;
        double tariff = 0;
        if (entryTariff is null && rules.Length == 0)
        {
            // No tariff and no content rule in force (e.g. baseline): the lean loop.
            for (int e = start; e < end; e++)
            {
                int m = material[e];
                double g = grams[e];
                double value = g * price[m];
                total += value;
                risk += value * sigma[e] * structural[m];
                double fm = g > 0 ? sigma[e] * unavailable[m] : 0;
                f = fm > f ? fm : f;
            }
        }
        else
        {
            // One fused pass: tariffs and the first content rule ride along; further rules take their own pass.
            double[] tariffs = entryTariff ?? s.ZeroPerEntry;
            CompiledScenario.ContentRule? first = rules.Length > 0 ? rules[0] : null;
            double[] issuerShare = first?.IssuerShareIfControlled ?? s.ZeroPerMaterial;
            double[] outside = first?.EntryOutside ?? s.ZeroPerEntry;
            double controlled = 0;
            double affected = 0;
            for (int e = start; e < end; e++)
            {
                int m = material[e];
                double g = grams[e];
                double value = g * price[m];
                total += value;
                risk += value * sigma[e] * structural[m];
                double fm = g > 0 ? sigma[e] * unavailable[m] : 0;
                f = fm > f ? fm : f;
                tariff += value * tariffs[e];
                controlled += value * issuerShare[m];
                affected += value * outside[e];
            }

            if (first is not null && total > 0)
            {
                double share = controlled / total;
                double ruleShortfall = share < first.Threshold || share <= 0 ? 0 : affected / total * first.Cut;
                f = ruleShortfall > f ? ruleShortfall : f;
            }

            for (int r = 1; r < rules.Length; r++)
            {
                double ruleShortfall = RuleShortfall(rules[r], material, grams, price, start, end, total);
                f = ruleShortfall > f ? ruleShortfall : f;
            }
        }

        double structuralRisk = total > 0 ? risk / total : 0;
        costImpact = total > 0 ? tariff / total : 0;
        shortfall = f;
        return 100.0 * ((structuralRisk * (1.0 - f)) + f);
    }

    private static double RuleShortfall(CompiledScenario.ContentRule rule, int[] material, double[] grams, double[] price, int start, int end, double total)
    {
        if (total <= 0)
        {
            return 0;
        }

        double[] issuerShare = rule.IssuerShareIfControlled;
        double[] outside = rule.EntryOutside;
        double controlled = 0;
        double affected = 0;
        for (int e = start; e < end; e++)
        {
            int m = material[e];
            double value = grams[e] * price[m];
            controlled += value * issuerShare[m];
            affected += value * outside[e];
        }

        controlled /= total;
        return controlled < rule.Threshold || controlled <= 0 ? 0 : affected / total * rule.Cut;
    }

    private static int Check(CompiledScenario scenario, ReadOnlySpan<double> scores, ReadOnlySpan<double> shortfalls, ReadOnlySpan<double> costImpacts)
    {
        if (scenario is null)
        {
            throw new ArgumentNullException(nameof(scenario));
        }

        int parts = scenario.Catalog.PartCount;
        if (scores.Length != parts)
        {
            throw new ArgumentException($"The scores buffer holds {scores.Length} values; the catalog has {parts} parts.", nameof(scores));
        }

        if (!shortfalls.IsEmpty && shortfalls.Length != parts)
        {
            throw new ArgumentException($"The shortfalls buffer holds {shortfalls.Length} values; the catalog has {parts} parts.", nameof(shortfalls));
        }

        if (!costImpacts.IsEmpty && costImpacts.Length != parts)
        {
            throw new ArgumentException($"The cost buffer holds {costImpacts.Length} values; the catalog has {parts} parts.", nameof(costImpacts));
        }

        return parts;
    }
}
