namespace SupplyRisk.Engine;

/// <summary>
/// Where a part is made: for tariffs on assembled goods, the share of its children's imports that stands (the share made
/// inside the buyer; 1 for a material form) and the origins it enters the buyer as with their shares; for routes, every
/// made-in country's share in the catalog's place space. One instance per (made-in object, class, category), shared by
/// the parts that have them.
/// </summary>
internal sealed class MadeInSplit
{
    public MadeInSplit(double importScale, int[] origins, double[] shares, int[] places, double[] placeShares)
    {
        ImportScale = importScale;
        Origins = origins;
        Shares = shares;
        Places = places;
        PlaceShares = placeShares;
    }

    /// <summary>The factor on the children's imports: the share made inside the buyer (1 for a material form).</summary>
    public double ImportScale { get; }

    /// <summary>The origins made outside the buyer, as indices into the catalog's origin space (none for a material form).</summary>
    public int[] Origins { get; }

    /// <summary>Per origin, its share of where the part is made.</summary>
    public double[] Shares { get; }

    /// <summary>Every made-in country, as indices into the catalog's place space.</summary>
    public int[] Places { get; }

    public double[] PlaceShares { get; }
}
