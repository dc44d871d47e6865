using System.Globalization;
using System;
using SupplyRisk.Materials;

namespace SupplyRisk.Criticality;

/// <summary>
/// How the supplier lists given to <see cref="EuSupplyRisk.Compute"/> are read. <see cref="Strict"/> (the default)
/// wants complete lists whose shares sum to 1. <see cref="AsPublished"/> reads the lists as the EU criticality studies
/// print them: the listed suppliers only, each share rounded, no renormalisation, and the unlisted rest adds nothing
/// (the EU method counts listed suppliers only, so a rest-of-world remainder would change SR). Immutable.
/// </summary>
public sealed class ShareConvention
{
    private ShareConvention(bool asPublished, double rounding)
    {
        IsAsPublished = asPublished;
        Rounding = rounding;
    }

    /// <summary>The rounding of the EU 2023 study's global-supply tables: shares to 0.1 % (0.001).</summary>
    public const double EuGlobalSupplyRounding = 0.001;

    /// <summary>The rounding of the EU 2023 study's EU-sourcing tables: shares to whole percent (0.01).</summary>
    public const double EuSourcingRounding = 0.01;

    /// <summary>Complete lists: every list's shares sum to 1 within <see cref="CountryShares.SumTolerance"/>.</summary>
    public static ShareConvention Strict { get; } = new(false, 0);

    /// <summary>
    /// Lists as published: shares rounded to <paramref name="rounding"/> (a fraction: 0.001 for 0.1 %), listed
    /// suppliers only. A list's shares must sum to more than 0 and at most 1 plus half the rounding per listed supplier
    /// (the most that rounding each share can add); a sum below 1 is a partial list, such as an EU-sourcing table that
    /// names only the main suppliers. Nothing is renormalised and no remainder is added.
    /// </summary>
    /// <param name="rounding">The rounding of the published shares, in (0, 0.05]; give the coarser one when the two lists differ.</param>
    /// <exception cref="ArgumentOutOfRangeException">The rounding is NaN or outside (0, 0.05].</exception>
    public static ShareConvention AsPublished(double rounding = EuSourcingRounding)
    {
        if (double.IsNaN(rounding) || rounding <= 0 || rounding > 0.05)
        {
            throw new ArgumentOutOfRangeException(nameof(rounding), rounding, "The rounding of published shares must lie within (0, 0.05] (0.001 for 0.1 %, 0.01 for whole percent).");
        }

        return new ShareConvention(true, rounding);
    }

    /// <summary>Whether lists are read as published (partial, rounded) rather than complete.</summary>
    public bool IsAsPublished { get; }

    /// <summary>The rounding of published shares (0 for <see cref="Strict"/>).</summary>
    public double Rounding { get; }

    /// <summary>What is wrong with a list of <paramref name="count"/> suppliers summing to <paramref name="total"/>, or null.</summary>
    internal string? SumProblem(double total, int count, string what)
    {
        if (!IsAsPublished)
        {
            return Math.Abs(total - 1.0) > CountryShares.SumTolerance
                ? $"{what}: the shares sum to {Format(total)}, not 1 (for lists as the EU publishes them, partial or rounded, use ShareConvention.AsPublished)"
                : null;
        }

        double most = 1.0 + (count * Rounding / 2.0) + 1e-12;
        if (total <= 0)
        {
            return $"{what}: the shares sum to {Format(total)}; a published list needs a positive share";
        }

        return total > most
            ? $"{what}: the shares sum to {Format(total)}, more than rounding {count} shares to {Format(Rounding)} can explain (at most {Format(most)})"
            : null;
    }

    /// <inheritdoc />
    public override string ToString() => IsAsPublished ? $"as published (shares rounded to {Format(Rounding)})" : "strict";

    private static string Format(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
