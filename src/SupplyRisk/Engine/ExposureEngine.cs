using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using System;

namespace SupplyRisk.Engine;

/// <summary>
/// Scores compiled catalogs: the same exposure score, output lost over the horizon and cost impact as
/// <see cref="Scoring.ExposureScorer.Score(Parts.FlatPart)"/> (equal within <see cref="RelativeTolerance"/>: per-entry values
/// are stored as <see cref="float"/> to halve the memory the kernel reads; sums are kept in double), read from flat arrays with no
/// allocation, no dictionary look-up and no virtual call per part. Span overloads fill a caller's buffers; the
/// parallel overloads split the rows into disjoint ranges, so their results are bit-identical to the sequential ones.
/// All methods are thread-safe.
/// </summary>
public static class ExposureEngine
{
    /// <summary>
    /// How far an engine result may lie from the reference scorer's, relative to the larger of 1 and the reference value
    /// (the rounding of per-entry values stored as <see cref="float"/>; every built-in and synthetic part is tested against it).
    /// </summary>
    public const double RelativeTolerance = 1e-6;

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
        ScoreRows(scenario, 0, parts, scores, shortfalls, costImpacts);
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

        Span<double> results = stackalloc double[3];
        ScoreRows(scenario, part, part + 1, results.Slice(0, 1), results.Slice(1, 1), results.Slice(2, 1));
        expectedShortfall = results[1];
        costImpact = results[2];
        return results[0];
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
            int count = Math.Min(parts, start + chunk) - start;
            ScoreRows(
                scenario,
                start,
                start + count,
                scores.AsSpan(start, count),
                shortfalls is null ? Span<double>.Empty : shortfalls.AsSpan(start, count),
                costImpacts is null ? Span<double>.Empty : costImpacts.AsSpan(start, count));
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

        CompiledCatalog catalog = (scenarios[0] ?? throw new ArgumentException("Scenario 0 is null.", nameof(scenarios))).Catalog;
        int parts = catalog.PartCount;
        if (scores.Length != scenarios.Count * parts)
        {
            throw new ArgumentException($"The buffer holds {scores.Length} values; {scenarios.Count} scenarios × {parts} parts need {scenarios.Count * parts}.", nameof(scores));
        }

        for (int k = 0; k < scenarios.Count; k++)
        {
            if (scenarios[k] is null)
            {
                throw new ArgumentException($"Scenario {k} is null.", nameof(scenarios));
            }

            if (!ReferenceEquals(scenarios[k].Catalog, catalog))
            {
                throw new ArgumentException($"Scenario {k} was compiled for another catalog.", nameof(scenarios));
            }

            Score(scenarios[k], scores.Slice(k * parts, parts));
        }
    }

    /// <summary>
    /// Scores rows <paramref name="from"/> to <paramref name="to"/> (exclusive) into buffers indexed from 0 with the kernel
    /// specialised for the scenario (also used by Monte Carlo to score a block of parts per trial).
    /// </summary>
    internal static void ScoreRows(CompiledScenario s, int from, int to, Span<double> scores, Span<double> shortfalls, Span<double> costImpacts)
    {
        if (costImpacts.IsEmpty)
        {
            ScoreRows<WithoutCost>(s, from, to, scores, shortfalls, costImpacts);
        }
        else
        {
            ScoreRows<WithCost>(s, from, to, scores, shortfalls, costImpacts);
        }
    }

    /// <summary>
    /// The kernel: rows <paramref name="from"/> to <paramref name="to"/> (exclusive) into buffers indexed from 0, one
    /// pass over each CSR row (and, for materials a shock reaches, over each entry's routes) and its country list, formulas
    /// of docs/methodology.md §10. Specialised by the JIT (struct type arguments) for whether the cost impact is wanted at
    /// all, so that branch is not tested per entry. Indices are not
    /// bounds-checked: the compiler wrote every row offset, material column, route and country index within its arrays,
    /// and the arrays are never exposed for writing.
    /// </summary>
    private static void ScoreRows<TCost>(CompiledScenario s, int from, int to, Span<double> scores, Span<double> shortfalls, Span<double> costImpacts)
        where TCost : struct, ICost
    {
        CompiledCatalog c = s.Catalog;
        int[] rowStart = c.RowStart;
        bool usesCountries = s.UsesCountries && default(TCost).Wanted;
        int[] rowRouteStart = c.RowRouteStart;
        ref int outsideStart = ref First(c.OutsideStart);
        ref int outsideCountry = ref First(c.OutsideCountry);
        ref double outsideValue = ref First(c.OutsideValue);
        ref CompiledScenario.CountryTerms countryTerms = ref First(s.Countries);
        double horizon = s.HorizonDays;
        double coverFactor = s.CoverFactor;
        bool wantShortfall = !shortfalls.IsEmpty;
        bool wantCost = !costImpacts.IsEmpty;

        for (int p = from; p < to; p++)
        {
            SumEntries<TCost>(s, coverFactor, rowStart[p], rowStart[p + 1], rowRouteStart[p], out RowSums sums);
            double total = sums.Total;
            double f = sums.LostDays / horizon;
            double cost = sums.RouteCost;
            if (usesCountries)
            {
                int countriesEnd = Unsafe.Add(ref outsideStart, p + 1);
                for (int j = Unsafe.Add(ref outsideStart, p); j < countriesEnd; j++)
                {
                    cost += Unsafe.Add(ref outsideValue, j) * Unsafe.Add(ref countryTerms, Unsafe.Add(ref outsideCountry, j)).PartTariff;
                }
            }

            double structuralRisk = total > 0 ? sums.Risk / total : 0;
            int i = p - from;
            scores[i] = 100.0 * ((structuralRisk * (1.0 - f)) + f);
            if (wantShortfall)
            {
                shortfalls[i] = f;
            }

            if (wantCost)
            {
                costImpacts[i] = total > 0 ? cost / total : 0;
            }
        }
    }

    /// <summary>
    /// One row's entries: Σ value, Σ value·S, Σ value·(price excess + crossing tariffs) along the routes, and the most
    /// days of need any input leaves unbuilt: per entry, Σ routes φ·max(0, before + σ·after − cover), 0 when traders'
    /// stock serves it.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SumEntries<TCost>(CompiledScenario s, double coverFactor, int start, int end, int firstRoute, out RowSums sums)
        where TCost : struct, ICost
    {
        CompiledCatalog c = s.Catalog;
        ref ushort material = ref First(c.EntryMaterial);
        ref float value = ref First(c.EntryValue);
        ref float sigma = ref First(c.EntrySubstitutability);
        ref float entryCover = ref First(c.EntryCover);
        ref ushort routeCount = ref First(c.EntryRouteCount);
        ref ushort routeId = ref First(c.RouteId);
        ref float routeFraction = ref First(c.RouteFraction);
        ref CompiledScenario.MaterialTerms term = ref First(s.Materials);
        ref double routeDays = ref First(s.RouteDays);
        ref double routeCost = ref First(s.RouteCost);
        int routes = c.RouteCount;
        double total = 0, risk = 0, costExcess = 0, lost = 0;
        int j = firstRoute;
        for (int e = start; e < end; e++)
        {
            int m = Unsafe.Add(ref material, e);
            ref CompiledScenario.MaterialTerms t = ref Unsafe.Add(ref term, m);
            double v = Unsafe.Add(ref value, e);
            int routesEnd = j + Unsafe.Add(ref routeCount, e);
            total += v;
            risk += v * t.Structural;
            if (!(default(TCost).Wanted ? t.Affected : t.Short))
            {
                j = routesEnd;
                continue;
            }

            int first = j;
            if (default(TCost).Wanted && t.Costed)
            {
                ref double materialCost = ref Unsafe.Add(ref routeCost, m * routes);
                double excess = 0;
                for (int k = first; k < routesEnd; k++)
                {
                    excess += Unsafe.Add(ref routeFraction, k) * Unsafe.Add(ref materialCost, Unsafe.Add(ref routeId, k));
                }

                costExcess += v * excess;
            }

            if (!t.Short)
            {
                j = routesEnd;
                continue;
            }

            double sg = Unsafe.Add(ref sigma, e);
            double cover = (coverFactor * Unsafe.Add(ref entryCover, e)) + t.ChannelCover;
            // Each route (place of consumption) holds its own stock: days lost there are its shortfall less the stock,
            // and the entry's days lost are the routes' weighted by their shares. Two routes per step into two sums:
            // the chain of additions, not the loads, would otherwise bind.
            // Per route of the material: (before, after) days short, side by side.
            ref double materialDays = ref Unsafe.Add(ref routeDays, 2 * m * routes);
            double days0 = 0, days1 = 0;
            for (; j + 1 < routesEnd; j += 2)
            {
                ref double r0 = ref Unsafe.Add(ref materialDays, 2 * Unsafe.Add(ref routeId, j));
                ref double r1 = ref Unsafe.Add(ref materialDays, 2 * Unsafe.Add(ref routeId, j + 1));
                days0 += Unsafe.Add(ref routeFraction, j) * NonNegativeMax(0, r0 + (sg * Unsafe.Add(ref r0, 1)) - cover);
                days1 += Unsafe.Add(ref routeFraction, j + 1) * NonNegativeMax(0, r1 + (sg * Unsafe.Add(ref r1, 1)) - cover);
            }

            if (j < routesEnd)
            {
                ref double r0 = ref Unsafe.Add(ref materialDays, 2 * Unsafe.Add(ref routeId, j));
                days0 += Unsafe.Add(ref routeFraction, j) * NonNegativeMax(0, r0 + (sg * Unsafe.Add(ref r0, 1)) - cover);
                j++;
            }

            days0 += days1;
            if (v > 0 && v > t.SpotValue)
            {
                lost = NonNegativeMax(lost, days0);
            }
        }

        sums = new RowSums(total, risk, costExcess, lost);
    }

    /// <summary>The larger of two finite numbers (a's at least 0), as one instruction where the platform has it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double NonNegativeMax(double a, double b) =>
#if NET9_0_OR_GREATER
        double.MaxNative(a, b);
#else
        b > a ? b : a;
#endif

    /// <summary>What one row's entries sum to.</summary>
    private readonly struct RowSums
    {
        public RowSums(double total, double risk, double routeCost, double lostDays)
        {
            Total = total;
            Risk = risk;
            RouteCost = routeCost;
            LostDays = lostDays;
        }

        public double Total { get; }

        public double Risk { get; }

        /// <summary>Σ value × (mean scarcity-price excess + crossing tariffs) over the routes.</summary>
        public double RouteCost { get; }

        /// <summary>The most days of need any one input leaves unbuilt over the horizon.</summary>
        public double LostDays { get; }
    }

    /// <summary>Computes, or not, the cost impact (tariffs and scarcity prices).</summary>
    private interface ICost
    {
        bool Wanted { get; }
    }

    private readonly struct WithCost : ICost
    {
        public bool Wanted => true;
    }

    private readonly struct WithoutCost : ICost
    {
        public bool Wanted => false;
    }

    /// <summary>A reference to an array's first element (the array may be empty: then it is never dereferenced).</summary>
    private static ref T First<T>(T[] array) => ref MemoryMarshal.GetReference(array.AsSpan());

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
