using System;
using SupplyRisk.Materials;

namespace SupplyRisk.Sensitivity;

/// <summary>A material's substitution index for supply risk (SI_SR).</summary>
internal sealed class SubstitutionIndexInput : SensitivityInput
{
    private readonly MaterialId _material;
    private readonly double _delta;

    public SubstitutionIndexInput(MaterialId material, double delta)
        : base(SensitivityInputKind.SubstitutionIndex, $"{material} substitution index SI(SR)")
    {
        _material = material;
        _delta = delta;
    }

    internal override double? BaseValue(ModelVariant model) =>
        MaterialIn(model, _material).SubstitutionIndexSupplyRisk
        ?? throw new ArgumentException($"Sensitivity input '{Name}': material '{_material}' has no SI(SR) in the dataset.");

    internal override (double Low, double High) Range(double? baseValue) => Swing(baseValue!.Value, _delta);

    internal override ModelVariant Apply(ModelVariant model, double value) =>
        model.With(data: model.Data.WithMaterial(MaterialIn(model, _material).WithSubstitutionIndexSupplyRisk(value)));
}
