using System.Globalization;
using System;

namespace SupplyRisk.Concentration;

/// <summary>
/// Concentration measures over supplier shares, in the MathNet style: span overloads that allocate
/// nothing. Shares are fractions in [0, 1]; they are checked as they are read.
/// </summary>
public static class Herfindahl
{
    /// <summary>The factor between the 0–1 and the 0–10,000 (percentage-point) HHI conventions.</summary>
    public const double PointsPerUnit = 10_000;

    /// <summary>The Herfindahl–Hirschman index <c>Σ sᵢ²</c> on the 0–1 scale.</summary>
    /// <exception cref="ArgumentException">A share is NaN, infinite or outside [0, 1], or there are none.</exception>
    public static double Index(ReadOnlySpan<double> shares)
    {
        RequireNonEmpty(shares.Length, nameof(shares));
        double sum = 0;
        for (int i = 0; i < shares.Length; i++)
        {
            double s = CheckShare(shares[i], i, nameof(shares));
            sum += s * s;
        }

        return sum;
    }

    /// <summary>The HHI on the 0–10,000 scale used by competition authorities.</summary>
    /// <exception cref="ArgumentException">As for <see cref="Index"/>.</exception>
    public static double Points(ReadOnlySpan<double> shares) => Index(shares) * PointsPerUnit;

    /// <summary>The effective number of suppliers, <c>1 / HHI</c>: n equal suppliers give n.</summary>
    /// <exception cref="ArgumentException">As for <see cref="Index"/>, or every share is zero.</exception>
    public static double EffectiveSuppliers(ReadOnlySpan<double> shares)
    {
        double hhi = Index(shares);
        if (hhi <= 0)
        {
            throw new ArgumentException("Every share is zero: there is no supplier.", nameof(shares));
        }

        return 1.0 / hhi;
    }

    /// <summary>The n-firm (here n-country) concentration ratio CR-n: the sum of the n largest shares.</summary>
    /// <param name="sharesDescending">Shares sorted largest first, as <see cref="Materials.CountryShares"/> holds them.</param>
    /// <param name="n">How many suppliers, at least 1; fewer suppliers than n sum all.</param>
    /// <exception cref="ArgumentException">A share is invalid or the shares are not sorted largest first.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is less than 1.</exception>
    public static double ConcentrationRatio(ReadOnlySpan<double> sharesDescending, int n)
    {
        if (n < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "CR-n needs n ≥ 1.");
        }

        RequireNonEmpty(sharesDescending.Length, nameof(sharesDescending));
        double sum = 0;
        for (int i = 0; i < sharesDescending.Length; i++)
        {
            double s = CheckShare(sharesDescending[i], i, nameof(sharesDescending));
            if (i > 0 && s > sharesDescending[i - 1])
            {
                throw new ArgumentException($"Shares must be sorted largest first; position {i} is larger than position {i - 1}.", nameof(sharesDescending));
            }

            if (i < n)
            {
                sum += s;
            }
        }

        return sum;
    }

    /// <summary>
    /// The governance- and trade-weighted HHI of the EU criticality methodology,
    /// <c>HHI_WGI,t = Σ sᵢ² · WGI'ᵢ · tᵢ</c>, with WGI' the governance score rescaled to 0–10 (10 worst)
    /// and t the trade-adjustment factor (1 when there is none). Ranges over [0, 10 · max t].
    /// </summary>
    /// <param name="shares">Supplier shares in [0, 1].</param>
    /// <param name="scaledGovernance">Each supplier's WGI' in [0, 10], same order.</param>
    /// <param name="tradeFactors">Each supplier's tᵢ (finite, positive), same order; empty means 1 for all.</param>
    /// <exception cref="ArgumentException">Lengths differ, or a value is NaN or out of range.</exception>
    public static double GovernanceWeighted(ReadOnlySpan<double> shares, ReadOnlySpan<double> scaledGovernance, ReadOnlySpan<double> tradeFactors)
    {
        RequireNonEmpty(shares.Length, nameof(shares));
        if (scaledGovernance.Length != shares.Length)
        {
            throw new ArgumentException($"{scaledGovernance.Length} governance values for {shares.Length} shares.", nameof(scaledGovernance));
        }

        if (tradeFactors.Length != 0 && tradeFactors.Length != shares.Length)
        {
            throw new ArgumentException($"{tradeFactors.Length} trade factors for {shares.Length} shares.", nameof(tradeFactors));
        }

        double sum = 0;
        for (int i = 0; i < shares.Length; i++)
        {
            double s = CheckShare(shares[i], i, nameof(shares));
            double w = scaledGovernance[i];
            if (double.IsNaN(w) || w < 0 || w > 10)
            {
                throw new ArgumentException($"Scaled governance at position {i} is {Format(w)}, outside [0, 10].", nameof(scaledGovernance));
            }

            double t = 1.0;
            if (tradeFactors.Length != 0)
            {
                t = tradeFactors[i];
                if (!TradeFactor.IsValid(t))
                {
                    throw new ArgumentException($"Trade factor at position {i} is {Format(t)}; it must be finite and positive.", nameof(tradeFactors));
                }
            }

            sum += s * s * w * t;
        }

        return sum;
    }

    private static double CheckShare(double s, int i, string name)
    {
        if (double.IsNaN(s) || s < 0 || s > 1)
        {
            throw new ArgumentException($"Share at position {i} is {Format(s)}; shares must be finite fractions within [0, 1].", name);
        }

        return s;
    }

    private static void RequireNonEmpty(int length, string name)
    {
        if (length == 0)
        {
            throw new ArgumentException("There are no shares.", name);
        }
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
