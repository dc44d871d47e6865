namespace SupplyRisk.Scoring;

/// <summary>The constants of the exposure score (see docs/methodology.md).</summary>
public static class ExposureModel
{
    /// <summary>
    /// SR is normalised by 10, the maximum of HHI-WGI (one supplier with the worst governance and no trade
    /// adjustment): structural risk = min(1, SR / 10).
    /// </summary>
    public const double SupplyRiskScale = 10.0;

    /// <summary>The source label of the shortfall caused by demand shocks.</summary>
    public const string DemandSource = "demand";
}
