using SupplyRisk.Policy;

namespace SupplyRisk.Sensitivity;

/// <summary>A parameter of the scenario's licence ramp (<see cref="ShockSeverity.Licensing"/>): long-run approval rate, review delay, initial rate or half-time.</summary>
internal sealed class LicenceSeverityInput : SensitivityInput
{
    private readonly double _low;
    private readonly double _high;

    public LicenceSeverityInput(SensitivityInputKind kind, double low, double high)
        : base(kind, NameOf(kind))
    {
        _low = low;
        _high = high;
    }

    internal override double? BaseValue(ModelVariant model) => Read(model.Scenario.Severity.Licensing, Kind);

    internal override (double Low, double High) Range(double? baseValue) => (_low, _high);

    internal override ModelVariant Apply(ModelVariant model, double value)
    {
        Scenario scenario = model.Scenario;
        LicenceRamp r = scenario.Severity.Licensing;
        LicenceRamp changed = Kind switch
        {
            SensitivityInputKind.LicenceApprovalRate => r.With(longRunApprovalRate: value),
            SensitivityInputKind.LicenceDelayDays => r.With(reviewDelayDays: value),
            SensitivityInputKind.InitialApprovalRate => r.With(initialApprovalRate: value),
            _ => r.With(halfTimeDays: value),
        };
        return model.With(scenario: scenario.With(scenario.Measures, scenario.Severity.WithLicensing(changed)));
    }

    private static double Read(LicenceRamp ramp, SensitivityInputKind kind) => kind switch
    {
        SensitivityInputKind.LicenceApprovalRate => ramp.LongRunApprovalRate,
        SensitivityInputKind.LicenceDelayDays => ramp.ReviewDelayDays,
        SensitivityInputKind.InitialApprovalRate => ramp.InitialApprovalRate,
        _ => ramp.HalfTimeDays,
    };

    private static string NameOf(SensitivityInputKind kind) => kind switch
    {
        SensitivityInputKind.LicenceApprovalRate => "licence approval rate (long run)",
        SensitivityInputKind.LicenceDelayDays => "licence review delay (days)",
        SensitivityInputKind.InitialApprovalRate => "licence approval rate during review",
        _ => "licence ramp half-time (days)",
    };
}
