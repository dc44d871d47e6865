using System.Globalization;
using System;
using MathNet.Numerics.Distributions;

namespace SupplyRisk.Simulation;

/// <summary>
/// An uncertain input of a simulation: a fixed value or a continuous distribution from MathNet.Numerics
/// (Beta, PERT, triangular, lognormal). Sampling takes the caller's random source, so the value itself holds no
/// state. Immutable and thread-safe.
/// </summary>
public sealed class UncertainValue
{
    private readonly Func<Random, double> _sample;
    private readonly Func<double, double> _quantile;

    private UncertainValue(string description, double minimum, double maximum, double mean, Func<Random, double> sample, Func<double, double> quantile)
    {
        Description = description;
        Minimum = minimum;
        Maximum = maximum;
        Mean = mean;
        _sample = sample;
        _quantile = quantile;
    }

    /// <summary>A readable form, e.g. <c>PERT(0.2, 0.5, 0.8)</c>.</summary>
    public string Description { get; }

    /// <summary>The lowest value a sample can take.</summary>
    public double Minimum { get; }

    /// <summary>The highest value a sample can take (+∞ for the lognormal).</summary>
    public double Maximum { get; }

    /// <summary>The mean.</summary>
    public double Mean { get; }

    /// <summary>Whether the value is fixed (no uncertainty).</summary>
    public bool IsFixed => Minimum == Maximum;

    /// <summary>A value that does not vary.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite.</exception>
    public static UncertainValue Fixed(double value)
    {
        Finite(value, nameof(value));
        return new UncertainValue(Format("Fixed({0})", value), value, value, value, _ => value, _ => value);
    }

    /// <summary>A Beta(α, β) distribution scaled to [<paramref name="lower"/>, <paramref name="upper"/>].</summary>
    /// <exception cref="ArgumentOutOfRangeException">α or β is not positive and finite, or lower ≥ upper.</exception>
    public static UncertainValue Beta(double alpha, double beta, double lower = 0, double upper = 1)
    {
        Positive(alpha, nameof(alpha));
        Positive(beta, nameof(beta));
        Interval(lower, upper);
        double width = upper - lower;
        return new UncertainValue(
            Format("Beta({0}, {1}, [{2}, {3}])", alpha, beta, lower, upper),
            lower,
            upper,
            lower + (width * alpha / (alpha + beta)),
            rng => lower + (width * MathNet.Numerics.Distributions.Beta.Sample(rng, alpha, beta)),
            p => lower + (width * MathNet.Numerics.Distributions.Beta.InvCDF(alpha, beta, p)));
    }

    /// <summary>
    /// A PERT distribution from a minimum, most likely and maximum value: the Beta with
    /// α = 1 + 4(mode − min)/(max − min), β = 1 + 4(max − mode)/(max − min), scaled to [min, max]; mean (min + 4·mode + max)/6.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">min ≥ max or the mode lies outside [min, max].</exception>
    public static UncertainValue Pert(double minimum, double mode, double maximum)
    {
        Interval(minimum, maximum);
        Mode(minimum, mode, maximum);
        double width = maximum - minimum;
        double alpha = 1 + (4 * (mode - minimum) / width);
        double beta = 1 + (4 * (maximum - mode) / width);
        UncertainValue scaled = Beta(alpha, beta, minimum, maximum);
        return new UncertainValue(Format("PERT({0}, {1}, {2})", minimum, mode, maximum), minimum, maximum, (minimum + (4 * mode) + maximum) / 6, scaled._sample, scaled._quantile);
    }

    /// <summary>A triangular distribution on [min, max] peaking at the mode.</summary>
    /// <exception cref="ArgumentOutOfRangeException">min ≥ max or the mode lies outside [min, max].</exception>
    public static UncertainValue Triangular(double minimum, double mode, double maximum)
    {
        Interval(minimum, maximum);
        Mode(minimum, mode, maximum);
        return new UncertainValue(
            Format("Triangular({0}, {1}, {2})", minimum, mode, maximum),
            minimum,
            maximum,
            (minimum + mode + maximum) / 3,
            rng => MathNet.Numerics.Distributions.Triangular.Sample(rng, minimum, maximum, mode),
            p => MathNet.Numerics.Distributions.Triangular.InvCDF(minimum, maximum, mode, p));
    }

    /// <summary>
    /// A lognormal distribution, for durations: ln X ~ Normal(μ, σ), so the median is e^μ. Use
    /// <see cref="LogNormalFromMedian"/> to give the median directly.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">μ is not finite or σ is not positive and finite.</exception>
    public static UncertainValue LogNormal(double mu, double sigma)
    {
        Finite(mu, nameof(mu));
        Positive(sigma, nameof(sigma));
        return new UncertainValue(
            Format("LogNormal(μ={0}, σ={1})", mu, sigma),
            0,
            double.PositiveInfinity,
            Math.Exp(mu + (sigma * sigma / 2)),
            rng => MathNet.Numerics.Distributions.LogNormal.Sample(rng, mu, sigma),
            p => MathNet.Numerics.Distributions.LogNormal.InvCDF(mu, sigma, p));
    }

    /// <summary>A lognormal distribution with the given median (e.g. 63 days) and log-scale spread σ.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The median is not positive and finite, or σ is not positive and finite.</exception>
    public static UncertainValue LogNormalFromMedian(double median, double sigma)
    {
        Positive(median, nameof(median));
        return LogNormal(Math.Log(median), sigma);
    }

    /// <summary>The value below which a share <paramref name="probability"/> of samples fall (inverse CDF).</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The probability lies outside [0, 1], or is 1 for a distribution without an upper bound (a lognormal), whose
    /// 1-quantile is infinite.
    /// </exception>
    public double Quantile(double probability)
    {
        if (double.IsNaN(probability) || probability < 0 || probability > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "A probability lies within [0, 1].");
        }

        if (probability == 1 && double.IsPositiveInfinity(Maximum))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, $"{Description} has no upper bound: its 1-quantile is infinite; ask for a probability below 1.");
        }

        return IsFixed ? Minimum : Clamp(_quantile(probability));
    }

    /// <summary>Draws one value with <paramref name="random"/>.</summary>
    public double Sample(Random random) => Clamp(_sample(random ?? throw new ArgumentNullException(nameof(random))));

    /// <inheritdoc />
    public override string ToString() => Description;

    // Scaling [0, 1] to [lower, upper] can overshoot by one ulp: keep samples on the support.
    private double Clamp(double value) => value < Minimum ? Minimum : value > Maximum ? Maximum : value;

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

    private static void Finite(double value, string name)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number.");
        }
    }

    private static void Positive(double value, string name)
    {
        Finite(value, name);
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive.");
        }
    }

    private static void Interval(double lower, double upper)
    {
        Finite(lower, "minimum");
        Finite(upper, "maximum");
        if (lower >= upper)
        {
            throw new ArgumentOutOfRangeException(nameof(upper), upper, $"The maximum ({upper.ToString(CultureInfo.InvariantCulture)}) must exceed the minimum ({lower.ToString(CultureInfo.InvariantCulture)}).");
        }
    }

    private static void Mode(double minimum, double mode, double maximum)
    {
        if (double.IsNaN(mode) || mode < minimum || mode > maximum)
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, $"The mode must lie within [{minimum.ToString(CultureInfo.InvariantCulture)}, {maximum.ToString(CultureInfo.InvariantCulture)}].");
        }
    }
}
