namespace SupplyRisk.Engine;

/// <summary>
/// Where a part's own lines are made: the share inside the buyer, and the outside countries' shares. One instance per
/// distinct made-in, shared by the parts made there.
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
