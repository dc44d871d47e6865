using SupplyRisk.Materials;

namespace SupplyRisk.Sensitivity;

/// <summary>A time parameter of one material's dynamics: channel stock, alternative-supply lead time or substitution lead time.</summary>
internal sealed class DynamicsInput : SensitivityInput
{
    private readonly MaterialId _material;
    private readonly double _low;
    private readonly double _high;

    public DynamicsInput(SensitivityInputKind kind, MaterialId material, double low, double high)
        : base(kind, $"{material} {NameOf(kind)}")
    {
        _material = material;
        _low = low;
        _high = high;
    }

    internal override double? BaseValue(ModelVariant model)
    {
        MaterialIn(model, _material);
        MaterialDynamics d = model.Data.DynamicsOf(_material);
        return Kind switch
        {
            SensitivityInputKind.ChannelCoverDays => d.ChannelCoverDays,
            SensitivityInputKind.AlternativeSupplyLeadDays => d.AlternativeSupplyLeadDays,
            _ => d.SubstitutionLeadDays,
        };
    }

    internal override (double Low, double High) Range(double? baseValue) => (_low, _high);

    internal override ModelVariant Apply(ModelVariant model, double value)
    {
        MaterialDynamics d = model.Data.DynamicsOf(_material);
        MaterialDynamics changed = Kind switch
        {
            SensitivityInputKind.ChannelCoverDays => d.With(channelCoverDays: value),
            SensitivityInputKind.AlternativeSupplyLeadDays => d.With(alternativeSupplyLeadDays: value),
            _ => d.With(substitutionLeadDays: value),
        };
        return model.With(data: model.Data.WithDynamics(changed));
    }

    private static string NameOf(SensitivityInputKind kind) => kind switch
    {
        SensitivityInputKind.ChannelCoverDays => "channel stock (days)",
        SensitivityInputKind.AlternativeSupplyLeadDays => "alternative-supply lead time (days)",
        _ => "substitution lead time (days)",
    };
}
