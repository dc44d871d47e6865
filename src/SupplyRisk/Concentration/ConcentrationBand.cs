namespace SupplyRisk.Concentration;

/// <summary>A market-concentration band of the US merger guidelines.</summary>
public enum ConcentrationBand
{
    /// <summary>Unconcentrated.</summary>
    Unconcentrated = 0,

    /// <summary>Moderately concentrated.</summary>
    ModeratelyConcentrated = 1,

    /// <summary>Highly concentrated.</summary>
    HighlyConcentrated = 2,
}
