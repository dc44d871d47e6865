using System;
using SupplyRisk.Policy;

namespace SupplyRisk.Scoring;

/// <summary>
/// How exposure is evaluated over time: the horizon, an optional uniform override of every part's days of cover, and
/// the annual volume that decides whether a need is small enough for traders' stock. Immutable and thread-safe.
/// </summary>
public sealed class ScoringOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="horizonDays">The days over which output lost is counted, from the as-of date, in [1, 3650] (default 365).</param>
    /// <param name="coverDays">
    /// Days of cover held of every part by its user, overriding each part's own and the dataset's default, in
    /// [0, 3650]; <see langword="null"/> to keep them.
    /// </param>
    /// <param name="annualUnits">
    /// Units of the top part made a year, in (0, 1e12] (default 1,000,000): a material whose annual need (grams per
    /// unit × units) traders' stock can deliver moves cost, not units.
    /// </param>
    /// <param name="coverFactor">
    /// A factor on every buffer, parts' days of cover and materials' channel stock alike, in [0, 10] (default 1): for
    /// stress tests of the stock assumptions.
    /// </param>
    /// <param name="leadTimeFactor">
    /// A factor on every material's alternative-supply and substitution lead times, in [0, 10] (default 1): for stress
    /// tests of the lead-time assumptions.
    /// </param>
    /// <param name="afterCutoff">
    /// What is assumed of a suspension or expiry recorded to end after the timeline's data cut-off (default
    /// <see cref="AfterCutoff.Extend"/>; see there for why).
    /// </param>
    /// <param name="insideBuyerTradeFactor">
    /// The trade factor applied in the EU supply-risk method to suppliers inside the buyer (an EU buyer's EU-internal
    /// suppliers), finite and positive (default <see cref="SupplyRiskAssessor.DefaultInsideBuyerTradeFactor"/>, 0.8;
    /// 1 = no adjustment).
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN or out of range; the message states the range.</exception>
    public ScoringOptions(int horizonDays = DefaultHorizonDays, double? coverDays = null, double annualUnits = DefaultAnnualUnits, double coverFactor = 1.0, double leadTimeFactor = 1.0, AfterCutoff afterCutoff = AfterCutoff.Extend, double insideBuyerTradeFactor = SupplyRiskAssessor.DefaultInsideBuyerTradeFactor)
    {
        AfterCutoffRules.Check(afterCutoff, nameof(afterCutoff));
        Concentration.TradeFactor.Check(insideBuyerTradeFactor, nameof(insideBuyerTradeFactor));
        if (horizonDays < 1 || horizonDays > MaximumHorizonDays)
        {
            throw new ArgumentOutOfRangeException(nameof(horizonDays), horizonDays, $"The horizon must lie within [1, {MaximumHorizonDays}] days.");
        }

        if (coverDays is double days && (double.IsNaN(days) || days < 0 || days > Parts.Part.MaximumCoverDays))
        {
            throw new ArgumentOutOfRangeException(nameof(coverDays), days, $"Days of cover must lie within [0, {Parts.Part.MaximumCoverDays}].");
        }

        if (double.IsNaN(annualUnits) || annualUnits <= 0 || annualUnits > 1e12)
        {
            throw new ArgumentOutOfRangeException(nameof(annualUnits), annualUnits, "Annual units must lie within (0, 1e12].");
        }

        if (double.IsNaN(coverFactor) || coverFactor < 0 || coverFactor > MaximumCoverFactor)
        {
            throw new ArgumentOutOfRangeException(nameof(coverFactor), coverFactor, $"The cover factor must lie within [0, {MaximumCoverFactor}].");
        }

        if (double.IsNaN(leadTimeFactor) || leadTimeFactor < 0 || leadTimeFactor > MaximumLeadTimeFactor)
        {
            throw new ArgumentOutOfRangeException(nameof(leadTimeFactor), leadTimeFactor, $"The lead-time factor must lie within [0, {MaximumLeadTimeFactor}].");
        }

        HorizonDays = horizonDays;
        CoverDays = coverDays;
        AnnualUnits = annualUnits;
        CoverFactor = coverFactor;
        LeadTimeFactor = leadTimeFactor;
        AfterCutoff = afterCutoff;
        InsideBuyerTradeFactor = insideBuyerTradeFactor;
    }

    /// <summary>
    /// The trade factor of suppliers inside the buyer in the EU supply-risk method (what the scorer's
    /// <see cref="SupplyRiskAssessor.InsideBuyerTradeFactor"/> is); acts on the structural risk.
    /// </summary>
    public double InsideBuyerTradeFactor { get; }

    /// <summary>What is assumed of a suspension or expiry recorded to end after the timeline's data cut-off.</summary>
    public AfterCutoff AfterCutoff { get; }

    /// <summary>The largest lead-time factor accepted, 10.</summary>
    public const double MaximumLeadTimeFactor = 10;

    /// <summary>A factor on every material's alternative-supply and substitution lead times.</summary>
    public double LeadTimeFactor { get; }

    /// <summary>The largest cover factor accepted, 10.</summary>
    public const double MaximumCoverFactor = 10;

    /// <summary>A factor on every buffer (parts' days of cover and materials' channel stock).</summary>
    public double CoverFactor { get; }

    /// <summary>The default horizon, 365 days (one planning year).</summary>
    public const int DefaultHorizonDays = 365;

    /// <summary>The longest horizon accepted, 3,650 days.</summary>
    public const int MaximumHorizonDays = 3650;

    /// <summary>The default annual volume, 1,000,000 units (an assumption: a maker of one product line).</summary>
    public const double DefaultAnnualUnits = 1_000_000;

    /// <summary>
    /// A flow counts as back to need when its shortfall is at most this share (1 %): licence ramps approach their
    /// long-run rate without reaching it exactly.
    /// </summary>
    public const double RecoveryTolerance = 0.01;

    /// <summary>The defaults: 365 days, each part's own cover, 1,000,000 units a year, an inside-buyer trade factor of 0.8.</summary>
    public static ScoringOptions Default { get; } = new();

    /// <summary>The days over which output lost is counted.</summary>
    public int HorizonDays { get; }

    /// <summary>Days of cover held of every part, overriding each part's own; <see langword="null"/> to keep them.</summary>
    public double? CoverDays { get; }

    /// <summary>Units of the top part made a year.</summary>
    public double AnnualUnits { get; }

    /// <summary>The same options with other values for the parameters given.</summary>
    public ScoringOptions With(int? horizonDays = null, double? coverDays = null, double? annualUnits = null, double? coverFactor = null, double? leadTimeFactor = null, AfterCutoff? afterCutoff = null, double? insideBuyerTradeFactor = null) =>
        new(horizonDays ?? HorizonDays, coverDays ?? CoverDays, annualUnits ?? AnnualUnits, coverFactor ?? CoverFactor, leadTimeFactor ?? LeadTimeFactor, afterCutoff ?? AfterCutoff, insideBuyerTradeFactor ?? InsideBuyerTradeFactor);
}
