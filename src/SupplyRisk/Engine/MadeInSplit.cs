namespace SupplyRisk.Engine;

/// <summary>
/// Where a part's own lines are made: the share inside the buyer, and the outside countries' shares. One instance per
/// made-in object (<see cref="Materials.CountryShares"/> instance), shared by the parts that hold that object.
/// </summary>
internal sealed class MadeInSplit
{
    public MadeInSplit(double insideShare, int[] countries, double[] shares)
    {
        InsideShare = insideShare;
        Countries = countries;
        Shares = shares;
    }

    public double InsideShare { get; }

    public int[] Countries { get; }

    public double[] Shares { get; }
}
