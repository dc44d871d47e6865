using System.Collections.Generic;
using SupplyRisk.Materials;

namespace SupplyRisk.Parts;

/// <summary>
/// A part of a material-form class (a magnet, a sputtering target, a battery material, …) through which a material
/// travels before it is consumed: export controls and content rules act on its flow to the part that uses it. Immutable.
/// </summary>
public sealed class FormPart
{
    internal FormPart(Part part, IReadOnlyList<KeyValuePair<MaterialId, double>> grams)
    {
        Part = part;
        Grams = grams;
    }

    /// <summary>The part.</summary>
    public Part Part { get; }

    /// <summary>Its class (always a material form).</summary>
    public ItemClass ItemClass => Part.ItemClass;

    /// <summary>Where it is made.</summary>
    public CountryShares MadeIn => Part.MadeIn;

    /// <summary>Grams of each material per unit of this part (through its own bill of materials), by material id.</summary>
    public IReadOnlyList<KeyValuePair<MaterialId, double>> Grams { get; }
}
