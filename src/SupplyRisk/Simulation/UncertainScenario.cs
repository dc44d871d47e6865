using System;
using System.Collections.Generic;
using System.Linq;
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
    /// <param name="licenceDelayDays">The distribution of the licence delay in days, on [0, ∞) (a lognormal suits durations); null keeps the base severity's.</param>
    /// <exception cref="ArgumentException">Two measures share an id (among themselves or with the base scenario), or a distribution reaches outside its range.</exception>
    public UncertainScenario(Scenario baseScenario, IEnumerable<UncertainMeasure> measures, UncertainValue? licenceApprovalRate = null, UncertainValue? licenceDelayDays = null)
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

        if (licenceDelayDays is not null && licenceDelayDays.Minimum < 0)
        {
            throw new ArgumentException($"The licence delay {licenceDelayDays} reaches below 0 days.", nameof(licenceDelayDays));
        }

        LicenceApprovalRate = licenceApprovalRate;
        LicenceDelayDays = licenceDelayDays;
    }

    /// <summary>The scenario that holds in every trial.</summary>
    public Scenario Base { get; }

    /// <summary>The uncertain measures, in the order their random numbers are drawn.</summary>
    public IReadOnlyList<UncertainMeasure> Measures { get; }

    /// <summary>The distribution of the licence approval rate, or null for the base severity's.</summary>
    public UncertainValue? LicenceApprovalRate { get; }

    /// <summary>The distribution of the licence delay in days, or null for the base severity's.</summary>
    public UncertainValue? LicenceDelayDays { get; }

    /// <summary>
    /// Draws trial <paramref name="trial"/> of the simulation seeded with <paramref name="seed"/>: the base measures,
    /// the uncertain measures that occur (with their drawn magnitudes) and the drawn severity. Every measure draws its
    /// random numbers whether or not it occurs, so changing one probability does not reshuffle the others.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The trial number is negative.</exception>
    public Scenario SampleTrial(int seed, int trial)
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

        ShockSeverity nominal = Base.Severity;
        double approval = LicenceApprovalRate?.Sample(random) ?? nominal.LicenceApprovalRate;
        double delay = LicenceDelayDays?.Sample(random) ?? nominal.LicenceDelayDays;
        return Scenario.Create(Base.Id)
            .Named(Base.Name)
            .Described(Base.Description)
            .Including(Base)
            .With(occurring.ToArray())
            .WithSeverity(new ShockSeverity(approval, delay, nominal.HorizonDays, nominal.MaximumRestrictionTradeFactor))
            .Build();
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
