using System.Globalization;
using System;

namespace SupplyRisk.Geography;

/// <summary>
/// A country's governance as the mean of the six World Bank Worldwide Governance Indicators (WGI)
/// estimates: voice and accountability, political stability, government effectiveness, regulatory
/// quality, rule of law, control of corruption. Immutable value type.
/// </summary>
/// <remarks>
/// The WGI estimates lie in [-2.5, 2.5], higher is better, and are standardised to mean zero across
/// countries. The EU criticality methodology (Blengini et al. 2017) rescales the score to 0–10
/// with 10 the worst governance: the unique linear map of [-2.5, 2.5] onto [10, 0],
/// <c>WGI' = 2 × (2.5 − WGI)</c>; <see cref="Scaled"/> returns it.
/// </remarks>
public readonly struct GovernanceScore : IEquatable<GovernanceScore>
{
    /// <summary>The lowest WGI estimate accepted, -2.5.</summary>
    public const double MinimumEstimate = -2.5;

    /// <summary>The highest WGI estimate accepted, 2.5.</summary>
    public const double MaximumEstimate = 2.5;

    private GovernanceScore(double estimate) => Estimate = estimate;

    /// <summary>
    /// The score of the average country (estimate 0, scaled 5): SupplyRisk's documented assumption for
    /// the governance of <see cref="CountryCode.RestOfWorld"/>, since WGI estimates have mean zero across countries.
    /// </summary>
    public static GovernanceScore WorldAverage { get; } = new(0.0);

    /// <summary>The six-indicator mean estimate, in [-2.5, 2.5], higher is better.</summary>
    public double Estimate { get; }

    /// <summary>The EU methodology's rescaled score, in [0, 10], 10 worst: <c>2 × (2.5 − Estimate)</c>.</summary>
    public double Scaled => 2.0 * (MaximumEstimate - Estimate);

    /// <summary>Whether <paramref name="estimate"/> is a finite number within [-2.5, 2.5].</summary>
    public static bool IsValidEstimate(double estimate) =>
        !double.IsNaN(estimate) && estimate >= MinimumEstimate && estimate <= MaximumEstimate;

    /// <summary>Creates a score from a six-indicator mean estimate.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The estimate is NaN, infinite or outside [-2.5, 2.5].</exception>
    public static GovernanceScore FromEstimate(double estimate)
    {
        if (!IsValidEstimate(estimate))
        {
            throw new ArgumentOutOfRangeException(
                nameof(estimate),
                estimate,
                $"A WGI six-indicator mean estimate must be a finite number within [{MinimumEstimate}, {MaximumEstimate}]; got {estimate.ToString("R", CultureInfo.InvariantCulture)}.");
        }

        return new GovernanceScore(estimate);
    }

    /// <summary>Creates a score from the EU methodology's 0–10 scale (10 worst).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or outside [0, 10].</exception>
    public static GovernanceScore FromScaled(double scaled)
    {
        if (double.IsNaN(scaled) || scaled < 0 || scaled > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(scaled), scaled, "A scaled WGI must be a finite number within [0, 10].");
        }

        return new GovernanceScore(MaximumEstimate - (scaled / 2.0));
    }

    /// <inheritdoc />
    public bool Equals(GovernanceScore other) => Estimate.Equals(other.Estimate);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is GovernanceScore other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Estimate.GetHashCode();

    /// <inheritdoc />
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "WGI {0:0.0000} (scaled {1:0.00})", Estimate, Scaled);

    /// <summary>Equality.</summary>
    public static bool operator ==(GovernanceScore left, GovernanceScore right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(GovernanceScore left, GovernanceScore right) => !left.Equals(right);
}
