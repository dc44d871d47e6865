namespace SupplyRisk.Materials;

/// <summary>
/// The form of a traded item: what export controls list and what a part is. The first six are <em>material
/// forms</em> (ores, refined materials and the intermediate goods made from them, such as magnets and sputtering
/// targets), which export controls and content rules cover; the last three are assembled goods, which the measures
/// SupplyRisk models never list (see docs/methodology.md, "Where controls bite").
/// </summary>
public enum ItemClass
{
    /// <summary>Ore or concentrate (the output of extraction).</summary>
    Ore = 0,

    /// <summary>A refined material: oxide, metal, alloy, compound (the output of processing).</summary>
    RefinedMaterial = 1,

    /// <summary>A permanent magnet (NdFeB, SmCo).</summary>
    Magnet = 2,

    /// <summary>A sputtering target.</summary>
    SputteringTarget = 3,

    /// <summary>A battery material: cathode or anode active material, precursor, electrolyte salt.</summary>
    BatteryMaterial = 4,

    /// <summary>A wafer or epitaxial wafer (e.g. GaAs, GaN, Ge).</summary>
    Wafer = 5,

    /// <summary>A component: a motor, a cell, a display, a circuit board.</summary>
    Component = 6,

    /// <summary>An assembly or module of components.</summary>
    Assembly = 7,

    /// <summary>A finished product.</summary>
    Product = 8,
}
