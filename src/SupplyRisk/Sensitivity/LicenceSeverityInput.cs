using SupplyRisk.Policy;

namespace SupplyRisk.Sensitivity;

/// <summary>The licence approval rate or delay of the scenario's <see cref="Policy.ShockSeverity"/>.</summary>
internal sealed class LicenceSeverityInput : SensitivityInput
{
    private readonly double _low;
    private readonly double _high;

    public LicenceSeverityInput(SensitivityInputKind kind, double low, double high)
        : base(kind, kind == SensitivityInputKind.LicenceApprovalRate ? "licence approval rate" : "licence delay (days)")
    {
        _low = low;
        _high = high;
    }

    internal override double? BaseValue(ModelVariant model) =>
        Kind == SensitivityInputKind.LicenceApprovalRate ? model.Scenario.Severity.LicenceApprovalRate : model.Scenario.Severity.LicenceDelayDays;

    internal override (double Low, double High) Range(double? baseValue) => (_low, _high);

    internal override ModelVariant Apply(ModelVariant model, double value)
    {
        Scenario scenario = model.Scenario;
        ShockSeverity s = scenario.Severity;
        ShockSeverity changed = Kind == SensitivityInputKind.LicenceApprovalRate
            ? new ShockSeverity(value, s.LicenceDelayDays, s.HorizonDays, s.MaximumRestrictionTradeFactor)
            : new ShockSeverity(s.LicenceApprovalRate, value, s.HorizonDays, s.MaximumRestrictionTradeFactor);
        return new ModelVariant(model.Data, model.Timeline, scenario.With(scenario.Measures, changed));
    }
}
