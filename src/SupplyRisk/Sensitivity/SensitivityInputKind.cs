namespace SupplyRisk.Sensitivity;

/// <summary>What a <see cref="SensitivityInput"/> varies.</summary>
public enum SensitivityInputKind
{
    /// <summary>A supplier country's global share of one stage of a material (the other suppliers rescaled).</summary>
    CountryShare = 0,

    /// <summary>A material's EU substitution index for supply risk (SI_SR).</summary>
    SubstitutionIndex = 1,

    /// <summary>A policy measure's magnitude (tariff rate, quota or capacity cut, content threshold, …).</summary>
    ShockSeverity = 2,

    /// <summary>The share of licensed volume approved (<see cref="Policy.ShockSeverity.LicenceApprovalRate"/>).</summary>
    LicenceApprovalRate = 3,

    /// <summary>The licence delay in days (<see cref="Policy.ShockSeverity.LicenceDelayDays"/>).</summary>
    LicenceDelayDays = 4,
}
