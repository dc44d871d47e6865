using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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

    /// <summary>Scores rows <paramref name="from"/> to <paramref name="to"/> (exclusive) with the kernel specialised for the scenario.</summary>
    private static void ScoreRows(CompiledScenario s, int from, int to, Span<double> scores, Span<double> shortfalls, Span<double> costImpacts)
    {
        bool otherRules = s.Rules.Length > 1;
        if (s.UsesInsideValue)
        {
            if (otherRules)
            {
                ScoreRows<WithInsideValue, WithOtherRules>(s, from, to, scores, shortfalls, costImpacts);
            }
            else
            {
                ScoreRows<WithInsideValue, WithoutOtherRules>(s, from, to, scores, shortfalls, costImpacts);
            }
        }
        else if (otherRules)
        {
            ScoreRows<WithoutInsideValue, WithOtherRules>(s, from, to, scores, shortfalls, costImpacts);
        }
        else
        {
            ScoreRows<WithoutInsideValue, WithoutOtherRules>(s, from, to, scores, shortfalls, costImpacts);
        }
    }

    /// <summary>
    /// The kernel: rows <paramref name="from"/> to <paramref name="to"/> (exclusive) into buffers indexed from 0, one
    /// pass over each CSR row and its country list, formulas of docs/methodology.md §10. Specialised by the JIT (struct
    /// type arguments) for whether raw-import tariffs are read, so that branch is not tested per entry, and for whether
    /// content rules beyond the first apply: without them the loop makes no call but the one per row to
    /// <see cref="SumEntries"/>, so the JIT keeps its pointers and sums in registers (with the call in the loop it
    /// kept them in memory: about 15 % slower at 10k parts). Indices are not bounds-checked: the compiler wrote every row offset,
    /// material column and country index within its arrays, and the arrays are never exposed for writing.
    /// </summary>
    private static void ScoreRows<TInside, TOtherRules>(CompiledScenario s, int from, int to, Span<double> scores, Span<double> shortfalls, Span<double> costImpacts)
        where TInside : struct, IInsideValue
        where TOtherRules : struct, IOtherRules
    {
        CompiledCatalog c = s.Catalog;
        int[] rowStart = c.RowStart;
        CompiledScenario.MaterialTerms[] terms = s.Materials;
        bool usesCountries = s.UsesCountries;
        ref int outsideStart = ref First(c.OutsideStart);
        ref int outsideCountry = ref First(c.OutsideCountry);
        ref double outsideValue = ref First(c.OutsideValue);
        ref CompiledScenario.CountryTerms countryTerms = ref First(s.Countries);
        CompiledScenario.ContentRule[] rules = s.Rules;
        bool wantShortfall = !shortfalls.IsEmpty;
        bool wantCost = !costImpacts.IsEmpty;

        for (int p = from; p < to; p++)
        {
            SumEntries<TInside>(c, terms, rowStart[p], rowStart[p + 1], out RowSums sums);
            double total = sums.Total;
            double f = sums.Shortfall;
            double tariff = sums.Tariff;
            if (usesCountries)
            {
                double affected = 0;
                int countriesEnd = Unsafe.Add(ref outsideStart, p + 1);
                for (int j = Unsafe.Add(ref outsideStart, p); j < countriesEnd; j++)
                {
                    ref CompiledScenario.CountryTerms t = ref Unsafe.Add(ref countryTerms, Unsafe.Add(ref outsideCountry, j));
                    double w = Unsafe.Add(ref outsideValue, j);
                    tariff += w * t.PartTariff;
                    affected += w * t.FirstRuleBites;
                }

                if (rules.Length > 0 && total > 0)
                {
                    f = NonNegativeMax(f, RuleShortfall(rules[0], sums.Controlled, affected, total));
                    f = default(TOtherRules).Shortfall(rules, c, p, total, f);
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
                costImpacts[i] = total > 0 ? tariff / total : 0;
            }
        }
    }

    /// <summary>
    /// One row's entries: Σ value, Σ value·σ·S, max σ·U, Σ value·controlled share, Σ inside value·raw tariff. A method
    /// of its own (not inlined) so that the JIT keeps every pointer and sum of this loop in registers.
    /// </summary>
    /// <remarks>
    /// Four entries per step, each into its own set of sums, added pairwise at the end: rows are short (18 entries on
    /// average in the benchmark catalog), so the chains of dependent additions, not the loads, bind. Four sets, with
    /// the row loop free of calls (see <c>ScoreRows</c>), measured 9–13 % faster than the former two sets at 10k,
    /// 100k and 1M parts, with or without AVX-512 (which doubles the registers the JIT may use). The order of the
    /// additions is fixed by the row, so every path that scores a row (sequential, parallel, one part) gives the same
    /// bits.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SumEntries<TInside>(CompiledCatalog c, CompiledScenario.MaterialTerms[] terms, int start, int end, out RowSums sums)
        where TInside : struct, IInsideValue
    {
        ref ushort material = ref First(c.EntryMaterial);
        ref double value = ref First(c.EntryValue);
        ref double sigma = ref First(c.EntrySubstitutability);
        ref double inside = ref First(c.EntryInsideValue ?? c.EntryValue);
        ref CompiledScenario.MaterialTerms term = ref First(terms);
        double total0 = 0, total1 = 0, total2 = 0, total3 = 0;
        double risk0 = 0, risk1 = 0, risk2 = 0, risk3 = 0;
        double f0 = 0, f1 = 0, f2 = 0, f3 = 0;
        double controlled0 = 0, controlled1 = 0, controlled2 = 0, controlled3 = 0;
        double tariff0 = 0, tariff1 = 0, tariff2 = 0, tariff3 = 0;
        int e = start;
        for (; e + 3 < end; e += 4)
        {
            Add<TInside>(ref term, ref material, ref value, ref sigma, ref inside, e, ref total0, ref risk0, ref f0, ref controlled0, ref tariff0);
            Add<TInside>(ref term, ref material, ref value, ref sigma, ref inside, e + 1, ref total1, ref risk1, ref f1, ref controlled1, ref tariff1);
            Add<TInside>(ref term, ref material, ref value, ref sigma, ref inside, e + 2, ref total2, ref risk2, ref f2, ref controlled2, ref tariff2);
            Add<TInside>(ref term, ref material, ref value, ref sigma, ref inside, e + 3, ref total3, ref risk3, ref f3, ref controlled3, ref tariff3);
        }

        for (; e < end; e++)
        {
            Add<TInside>(ref term, ref material, ref value, ref sigma, ref inside, e, ref total0, ref risk0, ref f0, ref controlled0, ref tariff0);
        }

        sums = new RowSums(
            (total0 + total1) + (total2 + total3),
            (risk0 + risk1) + (risk2 + risk3),
            NonNegativeMax(NonNegativeMax(f0, f1), NonNegativeMax(f2, f3)),
            (controlled0 + controlled1) + (controlled2 + controlled3),
            (tariff0 + tariff1) + (tariff2 + tariff3));
    }

    /// <summary>Adds entry <paramref name="e"/> into one set of sums (inlined, so the sums stay in registers).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add<TInside>(
        ref CompiledScenario.MaterialTerms term,
        ref ushort material,
        ref double value,
        ref double sigma,
        ref double inside,
        int e,
        ref double total,
        ref double risk,
        ref double f,
        ref double controlled,
        ref double tariff)
        where TInside : struct, IInsideValue
    {
        ref CompiledScenario.MaterialTerms t = ref Unsafe.Add(ref term, Unsafe.Add(ref material, e));
        double v = Unsafe.Add(ref value, e);
        double sg = Unsafe.Add(ref sigma, e);
        total += v;
        risk += v * sg * t.Structural;
        f = NonNegativeMax(f, sg * t.Shortfall); // σ is 0 where the material weighs nothing
        controlled += v * t.ControlledShare;
        tariff += default(TInside).At(ref inside, e) * t.RawTariff;
    }

    /// <summary>The larger of two finite, non-negative numbers, as one instruction where the platform has it.</summary>
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
        public RowSums(double total, double risk, double shortfall, double controlled, double tariff)
        {
            Total = total;
            Risk = risk;
            Shortfall = shortfall;
            Controlled = controlled;
            Tariff = tariff;
        }

        public double Total { get; }

        public double Risk { get; }

        public double Shortfall { get; }

        public double Controlled { get; }

        public double Tariff { get; }
    }

    /// <summary>
    /// A content rule's shortfall for a part of value <paramref name="total"/> (positive): its controlled value share
    /// against the threshold, then its affected value share times the cut.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double RuleShortfall(CompiledScenario.ContentRule rule, double controlled, double affected, double total)
    {
        double controlledShare = controlled / total;
        return controlledShare < rule.Threshold || controlledShare <= 0 ? 0 : affected / total * rule.Cut;
    }

    /// <summary>Applies, or not, the content rules after the first (whose figures the kernel reads from its arrays).</summary>
    private interface IOtherRules
    {
        double Shortfall(CompiledScenario.ContentRule[] rules, CompiledCatalog catalog, int part, double total, double shortfall);
    }

    private readonly struct WithoutOtherRules : IOtherRules
    {
        public double Shortfall(CompiledScenario.ContentRule[] rules, CompiledCatalog catalog, int part, double total, double shortfall) => shortfall;
    }

    private readonly struct WithOtherRules : IOtherRules
    {
        public double Shortfall(CompiledScenario.ContentRule[] rules, CompiledCatalog catalog, int part, double total, double shortfall)
        {
            for (int r = 1; r < rules.Length; r++)
            {
                rules[r].Shares(catalog, part, out double controlled, out double affected);
                shortfall = NonNegativeMax(shortfall, RuleShortfall(rules[r], controlled, affected, total));
            }

            return shortfall;
        }
    }

    /// <summary>Reads, or not, the value made inside the buyer.</summary>
    private interface IInsideValue
    {
        double At(ref double inside, int entry);
    }

    private readonly struct WithInsideValue : IInsideValue
    {
        public double At(ref double inside, int entry) => Unsafe.Add(ref inside, entry);
    }

    private readonly struct WithoutInsideValue : IInsideValue
    {
        public double At(ref double inside, int entry) => 0;
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
