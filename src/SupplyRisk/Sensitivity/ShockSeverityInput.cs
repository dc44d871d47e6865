using System.Linq;
using System;
using SupplyRisk.Policy;

namespace SupplyRisk.Sensitivity;

/// <summary>A measure's magnitude; the measure replaces the one with its id in the scenario or the timeline, or is added.</summary>
internal sealed class ShockSeverityInput : SensitivityInput
{
    private readonly PolicyMeasure _measure;
    private readonly double _low;
    private readonly double _high;

    public ShockSeverityInput(PolicyMeasure measure, double low, double high)
        : base(SensitivityInputKind.ShockSeverity, $"{measure.Id} magnitude")
    {
        _measure = measure;
        _low = low;
        _high = high;
    }

    internal override double? BaseValue(ModelVariant model) =>
        (model.Scenario.Measures.FirstOrDefault(IsThis)
            ?? (model.Scenario.FollowsTimeline ? model.Timeline.Measures.FirstOrDefault(IsThis) : null))?.Magnitude;

    internal override (double Low, double High) Range(double? baseValue) => (_low, _high);

    internal override ModelVariant Apply(ModelVariant model, double value)
    {
        PolicyMeasure changed = _measure.WithMagnitude(value);
        Scenario scenario = model.Scenario;
        if (!scenario.Measures.Any(IsThis) && scenario.FollowsTimeline && model.Timeline.Measures.Any(IsThis))
        {
            return new ModelVariant(model.Data, new PolicyTimeline(model.Timeline.Measures.Select(m => IsThis(m) ? changed : m)), scenario, model.Options);
        }

        return model.With(scenario: scenario.With(scenario.Measures.Where(m => !IsThis(m)).Append(changed), scenario.Severity));
    }

    private bool IsThis(PolicyMeasure measure) => string.Equals(measure.Id, _measure.Id, StringComparison.Ordinal);
}
