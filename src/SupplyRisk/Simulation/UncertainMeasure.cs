using System.Globalization;
using System;
using SupplyRisk.Policy;

namespace SupplyRisk.Simulation;

/// <summary>
/// A policy measure that may or may not happen: the probability that it occurs in a trial, and optionally a
/// distribution of its magnitude (tariff rate, quota allowance, capacity lost, demand increase, content threshold).
/// Immutable.
/// </summary>
public sealed class UncertainMeasure
{
    /// <summary>Creates an uncertain measure.</summary>
    /// <param name="measure">The measure, with its scope, dates and nominal magnitude.</param>
    /// <param name="probability">The probability that it occurs in a trial, in [0, 1].</param>
    /// <param name="magnitude">The distribution of its magnitude; null keeps the measure's own.</param>
    /// <exception cref="ArgumentOutOfRangeException">The probability lies outside [0, 1].</exception>
    /// <exception cref="ArgumentException">The measure has no magnitude but one is given, or the distribution reaches outside the magnitudes the measure accepts.</exception>
    public UncertainMeasure(PolicyMeasure measure, double probability, UncertainValue? magnitude = null)
    {
        Measure = measure ?? throw new ArgumentNullException(nameof(measure));
        if (double.IsNaN(probability) || probability < 0 || probability > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, $"Measure '{measure.Id}': the probability of occurrence must lie within [0, 1].");
        }

        if (magnitude is not null)
        {
            if (!measure.HasMagnitude)
            {
                throw new ArgumentException($"Measure '{measure.Id}' is a {measure.Kind} measure, which has no magnitude to vary; model its severity with the scenario's licence approval rate and delay.", nameof(magnitude));
            }

            var (min, max) = measure.MagnitudeRange;
            if (magnitude.Minimum < min || magnitude.Maximum > max)
            {
                throw new ArgumentException(
                    string.Format(CultureInfo.InvariantCulture, "Measure '{0}' ({1}): the magnitude distribution {2} reaches outside [{3}, {4}].", measure.Id, measure.Kind, magnitude, min, max),
                    nameof(magnitude));
            }
        }

        Probability = probability;
        Magnitude = magnitude;
    }

    /// <summary>The measure.</summary>
    public PolicyMeasure Measure { get; }

    /// <summary>The probability that it occurs in a trial.</summary>
    public double Probability { get; }

    /// <summary>The distribution of its magnitude, or null for the measure's own.</summary>
    public UncertainValue? Magnitude { get; }

    /// <inheritdoc />
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} p={1}{2}", Measure.Id, Probability, Magnitude is null ? string.Empty : " magnitude " + Magnitude);
}
