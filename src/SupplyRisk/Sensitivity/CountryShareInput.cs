using SupplyRisk.Geography;
using SupplyRisk.Materials;

namespace SupplyRisk.Sensitivity;

/// <summary>A country's global share of one stage of a material; the other suppliers are rescaled proportionally.</summary>
internal sealed class CountryShareInput : SensitivityInput
{
    private readonly MaterialId _material;
    private readonly StageKind _stage;
    private readonly CountryCode _country;
    private readonly double _delta;

    public CountryShareInput(MaterialId material, StageKind stage, CountryCode country, double delta)
        : base(SensitivityInputKind.CountryShare, $"{country} share of {material} {StageKinds.Name(stage)}")
    {
        _material = material;
        _stage = stage;
        _country = country;
        _delta = delta;
    }

    internal override double? BaseValue(ModelVariant model) => Stage(MaterialIn(model, _material)).Shares.ShareOf(_country);

    internal override (double Low, double High) Range(double? baseValue) => Swing(baseValue!.Value, _delta);

    internal override ModelVariant Apply(ModelVariant model, double value)
    {
        Material material = MaterialIn(model, _material);
        SupplyStage stage = Stage(material);
        var changed = new SupplyStage(stage.Kind, stage.Label, stage.Shares.WithShare(_country, value));
        return model.With(data: model.Data.WithMaterial(material.WithStage(changed)));
    }

    private SupplyStage Stage(Material material) =>
        material.FindStage(_stage) ?? throw new System.ArgumentException($"Sensitivity input '{Name}': material '{_material}' has no {StageKinds.Name(_stage)} stage.");
}
