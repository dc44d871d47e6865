using System.Collections.Generic;
using SupplyRisk.Geography;

namespace SupplyRisk.Parts;

/// <summary>
/// One way a material reaches a part: through which material-form parts (innermost first; none when the material
/// sits directly in an assembled part) to the country where it is consumed, that is where the first assembled
/// part containing it (a component, an assembly or a product) is made. Export controls bite on the flows along
/// this route that leave the issuing country (docs/methodology.md, "Where controls bite"). Immutable.
/// </summary>
public sealed class MaterialRoute
{
    internal MaterialRoute(IReadOnlyList<FormPart> forms, CountryCode consumedIn, double grams)
    {
        Forms = forms;
        ConsumedIn = consumedIn;
        Grams = grams;
    }

    /// <summary>The material-form parts the material passes through, innermost first.</summary>
    public IReadOnlyList<FormPart> Forms { get; }

    /// <summary>Where the material is consumed (a made-in country of the first assembled part containing it).</summary>
    public CountryCode ConsumedIn { get; }

    /// <summary>Grams of the material per unit of the top part that take this route.</summary>
    public double Grams { get; }
}
