using System;
using SupplyRisk.Geography;
using SupplyRisk.Materials;

namespace SupplyRisk.Concentration;

/// <summary>
/// The concentration measures of one supply stage: HHI on both scales, CR-1, CR-3, the effective
/// number of suppliers, the merger-guideline bands and the governance-weighted HHI. Immutable.
/// </summary>
/// <remarks>
/// <see cref="CountryCode.RestOfWorld"/> is counted as a single supplier, so the HHI is an upper bound
/// when a source lists only its top producers (the remainder is really spread over several countries).
/// </remarks>
public sealed class ConcentrationProfile
{
    private ConcentrationProfile(CountryShares shares, double hhi, double cr3, double hhiWgi)
    {
        Shares = shares;
        Hhi = hhi;
        ConcentrationRatio3 = cr3;
        GovernanceWeightedHhi = hhiWgi;
    }

    /// <summary>The shares measured.</summary>
    public CountryShares Shares { get; }

    /// <summary>The largest supplier.</summary>
    public CountryShare TopSupplier => Shares.Entries[0];

    /// <summary>HHI on the 0–1 scale.</summary>
    public double Hhi { get; }

    /// <summary>HHI on the 0–10,000 scale.</summary>
    public double HhiPoints => Hhi * Herfindahl.PointsPerUnit;

    /// <summary>CR-1, the largest share.</summary>
    public double ConcentrationRatio1 => Shares.Entries[0].Share;

    /// <summary>CR-3, the sum of the three largest shares.</summary>
    public double ConcentrationRatio3 { get; }

    /// <summary>The effective number of suppliers, 1 / HHI.</summary>
    public double EffectiveSuppliers => 1.0 / Hhi;

    /// <summary>The band under the 2023 DOJ/FTC merger guidelines.</summary>
    public ConcentrationBand Band => ConcentrationBands.Classify(HhiPoints, MergerGuidelines.Guidelines2023);

    /// <summary>The band under the given guidelines.</summary>
    public ConcentrationBand BandUnder(MergerGuidelines guidelines) => ConcentrationBands.Classify(HhiPoints, guidelines);

    /// <summary>HHI_WGI = Σ sᵢ² · WGI'ᵢ (no trade adjustment), in [0, 10].</summary>
    public double GovernanceWeightedHhi { get; }

    /// <summary>Measures a stage's shares with the given governance scores.</summary>
    /// <exception cref="System.Collections.Generic.KeyNotFoundException">A supplier country has no governance score.</exception>
    public static ConcentrationProfile Of(CountryShares shares, GovernanceTable governance)
    {
        if (shares is null)
        {
            throw new ArgumentNullException(nameof(shares));
        }

        if (governance is null)
        {
            throw new ArgumentNullException(nameof(governance));
        }

        ReadOnlySpan<double> s = shares.Shares;
        double hhiWgi = 0;
        for (int i = 0; i < s.Length; i++)
        {
            hhiWgi += s[i] * s[i] * governance.Get(shares.Entries[i].Country).Scaled;
        }

        return new ConcentrationProfile(shares, Herfindahl.Index(s), Herfindahl.ConcentrationRatio(s, 3), hhiWgi);
    }
}
