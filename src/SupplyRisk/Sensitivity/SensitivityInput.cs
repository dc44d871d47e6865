using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System;
using SupplyRisk.Data;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Parts;
using SupplyRisk.Policy;
using SupplyRisk.Simulation;

namespace SupplyRisk.Sensitivity;

/// <summary>
/// One input of a sensitivity analysis and the range it is swung over: a country's share of a material's stage, a
/// substitution index, a shock's magnitude or a licensing parameter. Each input is moved to its low and its high value
/// with every other input at its base value (one at a time). Create inputs with the static methods, or take
/// <see cref="DefaultsFor"/>. Immutable and thread-safe.
/// </summary>
public abstract class SensitivityInput
{
    private protected SensitivityInput(SensitivityInputKind kind, string name)
    {
        Kind = kind;
        Name = name;
    }

    /// <summary>What the input varies.</summary>
    public SensitivityInputKind Kind { get; }

    /// <summary>A readable name, such as <c>CN share of dysprosium Processing</c>.</summary>
    public string Name { get; }

    /// <summary>
    /// A country's global share of one stage of a material, swung by ± <paramref name="delta"/> (clamped to [0, 1]);
    /// the other suppliers are rescaled proportionally (<see cref="CountryShares.WithShare"/>). A buyer's own sourcing
    /// mix, when the dataset has one, is not changed.
    /// </summary>
    /// <exception cref="ArgumentException">The material id or country is default.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The stage is unknown, or <paramref name="delta"/> is not within (0, 1].</exception>
    public static SensitivityInput CountryShare(MaterialId material, StageKind stage, CountryCode country, double delta = 0.10)
    {
        if (material.IsDefault)
        {
            throw new ArgumentException("A material id is needed.", nameof(material));
        }

        if (!Enum.IsDefined(typeof(StageKind), stage))
        {
            throw new ArgumentOutOfRangeException(nameof(stage), stage, "Unknown supply stage.");
        }

        if (country.IsDefault)
        {
            throw new ArgumentException("A country code is needed.", nameof(country));
        }

        return new CountryShareInput(material, stage, country, CheckDelta(delta, nameof(delta)));
    }

    /// <summary>A material's substitution index for supply risk (SI_SR), swung by ± <paramref name="delta"/> (clamped to [0, 1]).</summary>
    /// <exception cref="ArgumentException">The material id is default.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="delta"/> is not within (0, 1].</exception>
    public static SensitivityInput SubstitutionIndex(MaterialId material, double delta = 0.10)
    {
        if (material.IsDefault)
        {
            throw new ArgumentException("A material id is needed.", nameof(material));
        }

        return new SubstitutionIndexInput(material, CheckDelta(delta, nameof(delta)));
    }

    /// <summary>
    /// A measure's magnitude, from <paramref name="low"/> to <paramref name="high"/>. The measure replaces the one with
    /// its id in the scenario (or in the timeline, for a scenario that follows it), or is added; it must be in force
    /// on the analysis date to move the score. When the base scenario lacks the measure, the row shows its effect
    /// given that it occurs, and the base score does not include it.
    /// </summary>
    /// <exception cref="ArgumentException">The measure has no magnitude (licensing, ban, sanction), or low is above high.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Low or high is outside the measure's <see cref="PolicyMeasure.MagnitudeRange"/>.</exception>
    public static SensitivityInput ShockSeverity(PolicyMeasure measure, double low, double high)
    {
        if (measure is null)
        {
            throw new ArgumentNullException(nameof(measure));
        }

        if (!measure.HasMagnitude)
        {
            throw new ArgumentException($"Measure '{measure.Id}' ({measure.Kind}) has no magnitude to vary.", nameof(measure));
        }

        (double min, double max) = measure.MagnitudeRange;
        CheckSwing(low, high, min, max, $"the magnitude of measure '{measure.Id}'");
        return new ShockSeverityInput(measure, low, high);
    }

    /// <summary>An uncertain measure's magnitude, from the 10th to the 90th percentile of its distribution.</summary>
    /// <exception cref="ArgumentException">The measure has no magnitude distribution.</exception>
    public static SensitivityInput ShockSeverity(UncertainMeasure measure)
    {
        if (measure is null)
        {
            throw new ArgumentNullException(nameof(measure));
        }

        if (measure.Magnitude is null)
        {
            throw new ArgumentException($"Uncertain measure '{measure.Measure.Id}' has no magnitude distribution; give low and high instead.", nameof(measure));
        }

        return ShockSeverity(measure.Measure, measure.Magnitude.Quantile(0.1), measure.Magnitude.Quantile(0.9));
    }

    /// <summary>The licence approval rate, from <paramref name="low"/> to <paramref name="high"/>, both in [0, 1].</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside [0, 1].</exception>
    /// <exception cref="ArgumentException">Low is above high.</exception>
    public static SensitivityInput LicenceApprovalRate(double low, double high)
    {
        CheckSwing(low, high, 0, 1, "the licence approval rate");
        return new LicenceSeverityInput(SensitivityInputKind.LicenceApprovalRate, low, high);
    }

    /// <summary>The licence delay in days, from <paramref name="low"/> to <paramref name="high"/>, both ≥ 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative, NaN or infinite.</exception>
    /// <exception cref="ArgumentException">Low is above high.</exception>
    public static SensitivityInput LicenceDelayDays(double low, double high)
    {
        CheckSwing(low, high, 0, double.MaxValue, "the licence delay");
        return new LicenceSeverityInput(SensitivityInputKind.LicenceDelayDays, low, high);
    }

    /// <summary>The licence approval rate during review, from <paramref name="low"/> to <paramref name="high"/>, both in [0, 1].</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside [0, 1].</exception>
    /// <exception cref="ArgumentException">Low is above high.</exception>
    public static SensitivityInput InitialApprovalRate(double low, double high)
    {
        CheckSwing(low, high, 0, 1, "the initial approval rate");
        return new LicenceSeverityInput(SensitivityInputKind.InitialApprovalRate, low, high);
    }

    /// <summary>The half-time of the licence approval ramp in days, from <paramref name="low"/> to <paramref name="high"/>, both in (0, 3650].</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside (0, 3650].</exception>
    /// <exception cref="ArgumentException">Low is above high.</exception>
    public static SensitivityInput RampHalfTimeDays(double low, double high)
    {
        CheckSwing(low, high, double.Epsilon, LicenceRamp.MaximumDays, "the ramp half-time");
        return new LicenceSeverityInput(SensitivityInputKind.RampHalfTimeDays, low, high);
    }

    /// <summary>
    /// A time parameter of a material's dynamics (<see cref="SensitivityInputKind.ChannelCoverDays"/>,
    /// <see cref="SensitivityInputKind.AlternativeSupplyLeadDays"/> or <see cref="SensitivityInputKind.SubstitutionLeadDays"/>),
    /// from <paramref name="low"/> to <paramref name="high"/> days, both in [0, 3650].
    /// </summary>
    /// <exception cref="ArgumentException">The material id is default, the kind is not one of those three, or low is above high.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside [0, 3650].</exception>
    public static SensitivityInput Dynamics(MaterialId material, SensitivityInputKind kind, double low, double high)
    {
        if (material.IsDefault)
        {
            throw new ArgumentException("A material id is needed.", nameof(material));
        }

        if (kind is not (SensitivityInputKind.ChannelCoverDays or SensitivityInputKind.AlternativeSupplyLeadDays or SensitivityInputKind.SubstitutionLeadDays))
        {
            throw new ArgumentException($"{kind} is not a dynamics parameter: use ChannelCoverDays, AlternativeSupplyLeadDays or SubstitutionLeadDays.", nameof(kind));
        }

        CheckSwing(low, high, 0, MaterialDynamics.MaximumDays, kind.ToString());
        return new DynamicsInput(kind, material, low, high);
    }

    /// <summary>A factor on every buffer (parts' days of cover and materials' channel stock), from <paramref name="low"/> to <paramref name="high"/>, both in [0, 10].</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside [0, 10].</exception>
    /// <exception cref="ArgumentException">Low is above high.</exception>
    public static SensitivityInput CoverFactor(double low, double high)
    {
        CheckSwing(low, high, 0, Scoring.ScoringOptions.MaximumCoverFactor, "the cover factor");
        return new CoverFactorInput(low, high);
    }

    /// <summary>
    /// The usual inputs for one part: for every material it contains, its SI_SR (± <paramref name="substitutionDelta"/>,
    /// when the dataset has one) and, at every stage, the share of each named supplier with at least
    /// <paramref name="minimumShare"/> (± <paramref name="shareDelta"/>); and, when <paramref name="uncertainty"/> is
    /// given, each uncertain measure's magnitude and the licence approval rate and delay from their 10th to 90th percentiles.
    /// </summary>
    /// <exception cref="ArgumentException">A material of the part is not in the dataset.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A delta is not within (0, 1], or the minimum share is not within [0, 1].</exception>
    public static IReadOnlyList<SensitivityInput> DefaultsFor(ReferenceDataset data, FlatPart part, UncertainScenario? uncertainty = null, double shareDelta = 0.10, double substitutionDelta = 0.10, double minimumShare = 0.05)
    {
        if (data is null)
        {
            throw new ArgumentNullException(nameof(data));
        }

        if (part is null)
        {
            throw new ArgumentNullException(nameof(part));
        }

        CheckDelta(shareDelta, nameof(shareDelta));
        CheckDelta(substitutionDelta, nameof(substitutionDelta));
        CheckWithin(minimumShare, 0, 1, nameof(minimumShare), "the minimum share");

        var inputs = new List<SensitivityInput>();
        foreach (MaterialId id in part.Materials.Select(l => l.Material).Distinct().OrderBy(m => m))
        {
            if (!data.TryGetMaterial(id, out Material material))
            {
                throw new ArgumentException($"Part '{part.Part.PartNumber}' contains material '{id}', which is not in the dataset.", nameof(part));
            }

            if (material.SubstitutionIndexSupplyRisk is not null)
            {
                inputs.Add(new SubstitutionIndexInput(id, substitutionDelta));
            }

            foreach (SupplyStage stage in material.Stages)
            {
                inputs.AddRange(stage.Shares.Entries
                    .Where(e => !e.Country.IsRestOfWorld && e.Share >= minimumShare)
                    .Select(e => new CountryShareInput(id, stage.Kind, e.Country, shareDelta)));
            }
        }

        if (uncertainty is not null)
        {
            inputs.AddRange(uncertainty.Measures.Where(m => m.Magnitude is { IsFixed: false }).Select(ShockSeverity));
            if (uncertainty.LicenceApprovalRate is { IsFixed: false } approval)
            {
                inputs.Add(LicenceApprovalRate(approval.Quantile(0.1), approval.Quantile(0.9)));
            }

            if (uncertainty.LicenceDelayDays is { IsFixed: false } delay)
            {
                inputs.Add(LicenceDelayDays(delay.Quantile(0.1), delay.Quantile(0.9)));
            }

            if (uncertainty.InitialApprovalRate is { IsFixed: false } initial)
            {
                inputs.Add(InitialApprovalRate(initial.Quantile(0.1), initial.Quantile(0.9)));
            }

            if (uncertainty.RampHalfTimeDays is { IsFixed: false } halfTime)
            {
                inputs.Add(RampHalfTimeDays(halfTime.Quantile(0.1), halfTime.Quantile(0.9)));
            }

            if (uncertainty.CoverFactor is { IsFixed: false } cover)
            {
                inputs.Add(CoverFactor(cover.Quantile(0.1), cover.Quantile(0.9)));
            }
        }

        return inputs.AsReadOnly();
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>The input's value in <paramref name="model"/>, or null when the model lacks it (a measure not in the scenario).</summary>
    /// <exception cref="ArgumentException">The input refers to something the model does not have (a material, a stage).</exception>
    internal abstract double? BaseValue(ModelVariant model);

    /// <summary>The low and high values, around <paramref name="baseValue"/> for inputs swung by a delta.</summary>
    internal abstract (double Low, double High) Range(double? baseValue);

    /// <summary>The model with this input set to <paramref name="value"/>; <paramref name="model"/> is not changed.</summary>
    internal abstract ModelVariant Apply(ModelVariant model, double value);

    /// <summary>The material named by an input, or an exception that names the input.</summary>
    private protected Material MaterialIn(ModelVariant model, MaterialId id) =>
        model.Data.TryGetMaterial(id, out Material material)
            ? material
            : throw new ArgumentException($"Sensitivity input '{Name}': material '{id}' is not in the dataset.");

    private protected static (double Low, double High) Swing(double value, double delta) =>
        (Math.Max(0.0, value - delta), Math.Min(1.0, value + delta));

    private static double CheckDelta(double delta, string name)
    {
        if (double.IsNaN(delta) || delta <= 0 || delta > 1)
        {
            throw new ArgumentOutOfRangeException(name, delta, $"The swing {name} must be within (0, 1]; got {delta.ToString("R", CultureInfo.InvariantCulture)}.");
        }

        return delta;
    }

    /// <summary>Both ends of a swing within [min, max], low not above high.</summary>
    private static void CheckSwing(double low, double high, double min, double max, string what)
    {
        CheckWithin(low, min, max, nameof(low), what);
        CheckWithin(high, min, max, nameof(high), what);
        CheckOrder(low, high);
    }

    private static void CheckWithin(double value, double min, double max, string name, string what)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, string.Format(CultureInfo.InvariantCulture, "{0} must be within [{1}, {2}]; got {3:R}.", what, min, max, value));
        }
    }

    private static void CheckOrder(double low, double high)
    {
        if (low > high)
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "The low value {0:R} is above the high value {1:R}.", low, high), nameof(low));
        }
    }
}
