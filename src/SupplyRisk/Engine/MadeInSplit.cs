namespace SupplyRisk.Engine;

/// <summary>
/// Where a part's own lines are made: the share inside the buyer and the outside countries' shares (for tariffs), and
/// every made-in country's share in the catalog's place space (for routes). One instance per made-in object
/// (<see cref="Materials.CountryShares"/> instance), shared by the parts that hold that object.
/// </summary>
internal sealed class MadeInSplit
{
    public MadeInSplit(double insideShare, int[] countries, double[] shares, int[] places, double[] placeShares)
    {
        InsideShare = insideShare;
        Countries = countries;
        Shares = shares;
        Places = places;
        PlaceShares = placeShares;
    }

    public double InsideShare { get; }

    /// <summary>Outside countries, as indices into the catalog's outside-country space.</summary>
    public int[] Countries { get; }

    public double[] Shares { get; }

    /// <summary>Every made-in country, as indices into the catalog's place space.</summary>
    public int[] Places { get; }

    public double[] PlaceShares { get; }
}
