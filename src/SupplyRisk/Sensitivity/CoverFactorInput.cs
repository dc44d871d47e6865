namespace SupplyRisk.Sensitivity;

/// <summary>A factor on every buffer (parts' covers and materials' channel stock).</summary>
internal sealed class CoverFactorInput : SensitivityInput
{
    private readonly double _low;
    private readonly double _high;

    public CoverFactorInput(double low, double high)
        : base(SensitivityInputKind.CoverFactor, "buffers (factor on every stock)")
    {
        _low = low;
        _high = high;
    }

    internal override double? BaseValue(ModelVariant model) => model.Options.CoverFactor;

    internal override (double Low, double High) Range(double? baseValue) => (_low, _high);

    internal override ModelVariant Apply(ModelVariant model, double value) => model.With(options: model.Options.With(coverFactor: value));
}
