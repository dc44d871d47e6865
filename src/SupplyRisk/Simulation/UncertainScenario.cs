using System.Collections.Generic;
using System.Linq;
using System;
using MathNet.Numerics.Random;
using SupplyRisk.Policy;

namespace SupplyRisk.Simulation;

/// <summary>
/// A scenario whose shocks are uncertain: a base <see cref="Scenario"/> that always applies, measures that occur
/// with a probability and a magnitude distribution, and distributions of the licence approval rate and delay.
/// <see cref="SampleTrial"/> draws one trial as an ordinary scenario, from a random stream that depends only on the
/// seed and the trial number, so a simulation gives the same result whatever the thread count. Immutable and thread-safe.
/// </summary>
public sealed class UncertainScenario
{
    /// <summary>Creates an uncertain scenario.</summary>
    /// <param name="baseScenario">The measures and severity that hold in every trial.</param>
    /// <param name="measures">The uncertain measures.</param>
    /// <param name="licenceApprovalRate">The distribution of the share of licensed volume approved, on [0, 1]; null keeps the base severity's.</param>
    /// <param name="licenceDelayDays">The distribution of the licence review delay in days, on [0, ∞) (a lognormal suits durations; draws above 3,650 days count as 3,650); null keeps the base severity's.</param>
    /// <param name="initialApprovalRate">The distribution of the share that passes during the review, on [0, 1]; null keeps the base severity's.</param>
    /// <param name="rampHalfTimeDays">The distribution of the approval ramp's half-time in days, on (0, ∞) (draws above 3,650 days count as 3,650); null keeps the base severity's.</param>
    /// <param name="coverFactor">The distribution of a factor on every buffer (parts' covers and channel stock), on [0, 10]; null for 1.</param>
    /// <param name="leadTimeFactor">The distribution of a factor on every material's alternative-supply and substitution lead times, on [0, 10]; null for 1.</param>
    /// <exception cref="ArgumentException">Two measures share an id (among themselves or with the base scenario), or a distribution reaches outside its range.</exception>
    public UncertainScenario(
        Scenario baseScenario,
        IEnumerable<UncertainMeasure> measures,
        UncertainValue? licenceApprovalRate = null,
        UncertainValue? licenceDelayDays = null,
        UncertainValue? initialApprovalRate = null,
        UncertainValue? rampHalfTimeDays = null,
        UncertainValue? coverFactor = null,
        UncertainValue? leadTimeFactor = null)
    {
        Base = baseScenario ?? throw new ArgumentNullException(nameof(baseScenario));
        Measures = (measures ?? throw new ArgumentNullException(nameof(measures))).ToList().AsReadOnly();
        if (Measures.Any(m => m is null))
        {
            throw new ArgumentException("The list of uncertain measures contains null.", nameof(measures));
        }

        string? repeated = Base.Measures.Select(m => m.Id).Concat(Measures.Select(m => m.Measure.Id))
            .GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).FirstOrDefault();
        if (repeated is not null)
        {
            throw new ArgumentException($"Measure '{repeated}' appears more than once in uncertain scenario '{Base.Id}'.", nameof(measures));
        }

        if (licenceApprovalRate is not null && (licenceApprovalRate.Minimum < 0 || licenceApprovalRate.Maximum > 1))
        {
            throw new ArgumentException($"The licence approval rate {licenceApprovalRate} reaches outside [0, 1].", nameof(licenceApprovalRate));
        }

        CheckRange(licenceDelayDays, 0, double.PositiveInfinity, nameof(licenceDelayDays), "licence delay");
        CheckRange(initialApprovalRate, 0, 1, nameof(initialApprovalRate), "initial approval rate");
        CheckRange(rampHalfTimeDays, 0, double.PositiveInfinity, nameof(rampHalfTimeDays), "ramp half-time");
        if (rampHalfTimeDays is not null && rampHalfTimeDays.Minimum <= 0)
        {
            throw new ArgumentException($"The ramp half-time {rampHalfTimeDays} reaches 0 days; it must stay above 0.", nameof(rampHalfTimeDays));
        }

        CheckRange(coverFactor, 0, Scoring.ScoringOptions.MaximumCoverFactor, nameof(coverFactor), "cover factor");
        CheckRange(leadTimeFactor, 0, 10, nameof(leadTimeFactor), "lead-time factor");
        LicenceApprovalRate = licenceApprovalRate;
        LicenceDelayDays = licenceDelayDays;
        InitialApprovalRate = initialApprovalRate;
        RampHalfTimeDays = rampHalfTimeDays;
        CoverFactor = coverFactor;
        LeadTimeFactor = leadTimeFactor;
    }

    /// <summary>The scenario that holds in every trial.</summary>
    public Scenario Base { get; }

    /// <summary>The uncertain measures, in the order their random numbers are drawn.</summary>
    public IReadOnlyList<UncertainMeasure> Measures { get; }

    /// <summary>The distribution of the licence approval rate, or null for the base severity's.</summary>
    public UncertainValue? LicenceApprovalRate { get; }

    /// <summary>The distribution of the licence review delay in days, or null for the base severity's.</summary>
    public UncertainValue? LicenceDelayDays { get; }

    /// <summary>The distribution of the share that passes during review, or null for the base severity's.</summary>
    public UncertainValue? InitialApprovalRate { get; }

    /// <summary>The distribution of the approval ramp's half-time in days, or null for the base severity's.</summary>
    public UncertainValue? RampHalfTimeDays { get; }

    /// <summary>The distribution of the factor on every buffer, or null for 1.</summary>
    public UncertainValue? CoverFactor { get; }

    /// <summary>The distribution of the factor on every material's lead times, or null for 1.</summary>
    public UncertainValue? LeadTimeFactor { get; }

    /// <summary>
    /// Draws trial <paramref name="trial"/> of the simulation seeded with <paramref name="seed"/>: the base measures,
    /// the uncertain measures that occur (with their drawn magnitudes) and the drawn severity. Every measure draws its
    /// random numbers whether or not it occurs, so changing one probability does not reshuffle the others.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The trial number is negative.</exception>
    public Scenario SampleTrial(int seed, int trial) => Sample(seed, trial).Scenario;

    /// <summary>
    /// Draws trial <paramref name="trial"/>: its scenario (as <see cref="SampleTrial"/>) and the factors on buffers and
    /// lead times (1 when not uncertain).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The trial number is negative.</exception>
    public (Scenario Scenario, double CoverFactor, double LeadTimeFactor) Sample(int seed, int trial)
    {
        if (trial < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(trial), trial, "Trials are numbered from 0.");
        }

        Random random = TrialRandom(seed, trial);
        var occurring = new List<PolicyMeasure>(Measures.Count);
        foreach (UncertainMeasure uncertain in Measures)
        {
            bool occurs = random.NextDouble() < uncertain.Probability;
            double? magnitude = uncertain.Magnitude?.Sample(random);
            if (occurs)
            {
                occurring.Add(magnitude is double m ? uncertain.Measure.WithMagnitude(m) : uncertain.Measure);
            }
        }

        LicenceRamp nominal = Base.Severity.Licensing;
        double approval = LicenceApprovalRate?.Sample(random) ?? nominal.LongRunApprovalRate;
        double delay = Math.Min(LicenceRamp.MaximumDays, LicenceDelayDays?.Sample(random) ?? nominal.ReviewDelayDays); // long tails capped at the ramp's limit
        double initial = InitialApprovalRate?.Sample(random) ?? nominal.InitialApprovalRate;
        double halfTime = Math.Min(LicenceRamp.MaximumDays, RampHalfTimeDays?.Sample(random) ?? nominal.HalfTimeDays);
        double cover = CoverFactor?.Sample(random) ?? 1.0;
        double lead = LeadTimeFactor?.Sample(random) ?? 1.0;
        Scenario scenario = Scenario.Create(Base.Id)
            .Named(Base.Name)
            .Described(Base.Description)
            .Including(Base)
            .With(occurring.ToArray())
            .WithSeverity(Base.Severity.WithLicensing(new LicenceRamp(initial, approval, delay, halfTime)))
            .Build();
        return (scenario, cover, lead);
    }

    private static void CheckRange(UncertainValue? value, double min, double max, string name, string what)
    {
        if (value is not null && (value.Minimum < min || value.Maximum > max))
        {
            throw new ArgumentException($"The {what} {value} reaches outside [{min}, {max}].", name);
        }
    }

    /// <summary>
    /// The random stream of one trial: Xoshiro256** seeded with fmix32(trial XOR fmix32(seed)). fmix32 (MurmurHash3's
    /// finaliser) is a bijection, so within one simulation no two trials share a stream, and a trial's stream does not
    /// depend on the order in which trials run.
    /// </summary>
    private static Random TrialRandom(int seed, int trial) =>
        new Xoshiro256StarStar(unchecked((int)Mix((uint)trial ^ Mix((uint)seed))), threadSafe: false);

    private static uint Mix(uint h)
    {
        unchecked
        {
            h ^= h >> 16;
            h *= 0x85EBCA6BU;
            h ^= h >> 13;
            h *= 0xC2B2AE35U;
            h ^= h >> 16;
            return h;
        }
    }
}
