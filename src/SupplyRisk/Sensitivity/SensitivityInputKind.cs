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

    /// <summary>The long-run share of licensed volume approved (<see cref="Policy.LicenceRamp.LongRunApprovalRate"/>).</summary>
    LicenceApprovalRate = 3,

    /// <summary>The licence review delay in days (<see cref="Policy.LicenceRamp.ReviewDelayDays"/>).</summary>
    LicenceDelayDays = 4,

    /// <summary>The share of licensed volume that passes during the review (<see cref="Policy.LicenceRamp.InitialApprovalRate"/>).</summary>
    InitialApprovalRate = 5,

    /// <summary>The half-time of the approval ramp in days (<see cref="Policy.LicenceRamp.HalfTimeDays"/>).</summary>
    RampHalfTimeDays = 6,

    /// <summary>A material's channel stock in days (<see cref="Materials.MaterialDynamics.ChannelCoverDays"/>).</summary>
    ChannelCoverDays = 7,

    /// <summary>A material's lead time to qualify alternative supply (<see cref="Materials.MaterialDynamics.AlternativeSupplyLeadDays"/>).</summary>
    AlternativeSupplyLeadDays = 8,

    /// <summary>A material's substitution lead time (<see cref="Materials.MaterialDynamics.SubstitutionLeadDays"/>).</summary>
    SubstitutionLeadDays = 9,

    /// <summary>A factor on every buffer: parts' days of cover and materials' channel stock (<see cref="Scoring.ScoringOptions.CoverFactor"/>).</summary>
    CoverFactor = 10,
}
