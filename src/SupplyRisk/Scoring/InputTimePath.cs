using System.Collections.Generic;
using System;
using SupplyRisk.Materials;

namespace SupplyRisk.Scoring;

/// <summary>
/// One input of a part followed day by day over the horizon: the share of its need that arrives (its flow), the
/// stock left in days of need, and the share of the part's units it lets be built. Every place where the input is
/// consumed holds the days of cover along the input's least-covered path plus the material's channel stock, of its own
/// need; stock is drawn while flow is short and not rebuilt within the horizon; the input's path averages the places
/// by their shares. Immutable.
/// </summary>
public sealed class InputTimePath
{
    internal InputTimePath(
        MaterialId material,
        string containingPart,
        double coverDays,
        bool servedFromTraderStock,
        double[] availability,
        double[] inventory,
        double[] unitsBuilt,
        int? timeToSurviveDays,
        int? lastShortDay,
        double outputLost)
    {
        Material = material;
        ContainingPart = containingPart;
        CoverDays = coverDays;
        ServedFromTraderStock = servedFromTraderStock;
        _availability = availability;
        _inventory = inventory;
        _unitsBuilt = unitsBuilt;
        TimeToSurviveDays = timeToSurviveDays;
        LastShortDay = lastShortDay;
        TimeToRecoverDays = RecoveryAfter(lastShortDay, availability.Length);
        OutputLost = outputLost;
    }

    private readonly double[] _availability;
    private readonly double[] _inventory;
    private readonly double[] _unitsBuilt;

    /// <summary>The material.</summary>
    public MaterialId Material { get; }

    /// <summary>The part that directly contains it on its least-covered path.</summary>
    public string ContainingPart { get; }

    /// <summary>Days of need held in stock at the start: the parts' covers along the path plus the material's channel stock.</summary>
    public double CoverDays { get; }

    /// <summary>Whether the need is small enough for traders' stock: then the shortfall costs a premium, not units.</summary>
    public bool ServedFromTraderStock { get; }

    /// <summary>The number of days followed (the horizon).</summary>
    public int Days => _availability.Length;

    /// <summary>Per day, the share of need that arrives: 1 − σ(t) · shortfall(t) (1 throughout when served from traders' stock).</summary>
    public IReadOnlyList<double> Availability => Array.AsReadOnly(_availability);

    /// <summary>Per day, the stock left at the end of the day, in days of need.</summary>
    public IReadOnlyList<double> Inventory => Array.AsReadOnly(_inventory);

    /// <summary>Per day, the share of the part's units this input lets be built.</summary>
    public IReadOnlyList<double> UnitsBuilt => Array.AsReadOnly(_unitsBuilt);

    /// <summary>The first day (0 = the as-of date) on which more than 1 % of need cannot be met from flow plus stock; null when never within the horizon.</summary>
    public int? TimeToSurviveDays { get; }

    /// <summary>
    /// The day after the last day on which the flow is short of need by more than 1 %: from then on it stays back to
    /// need. Null when it never fell short, or is still short on the horizon's last day.
    /// </summary>
    public int? TimeToRecoverDays { get; }

    /// <summary>The share of the horizon's units this input keeps from being built, 0–1.</summary>
    public double OutputLost { get; }

    /// <summary>
    /// Follows one input along its routes: each route (a place where the input is consumed) holds its own stock of
    /// <paramref name="coverDays"/> days of its own need, drawn while its flow is short and not rebuilt within the
    /// horizon; the input's path is the routes' paths weighted by their shares of the input.
    /// </summary>
    /// <param name="material">The material.</param>
    /// <param name="containingPart">The part that directly contains it on the least-covered path.</param>
    /// <param name="coverDays">Days of need held in stock at the start, at every place.</param>
    /// <param name="fromTraders">Whether traders' stock serves the need (then nothing is short).</param>
    /// <param name="weights">Each route's share of the input.</param>
    /// <param name="shortfalls">Each route's daily flow shortfall (share of its need not supplied), same length each.</param>
    internal static InputTimePath Follow(MaterialId material, string containingPart, double coverDays, bool fromTraders, IReadOnlyList<double> weights, IReadOnlyList<double[]> shortfalls)
    {
        int days = shortfalls.Count == 0 ? 0 : shortfalls[0].Length;
        var availability = new double[days];
        var inventory = new double[days];
        var units = new double[days];
        double lost = 0;
        for (int r = 0; r < shortfalls.Count; r++)
        {
            double stock = coverDays;
            double w = weights[r];
            double[] shortfall = shortfalls[r];
            for (int t = 0; t < days; t++)
            {
                double s = fromTraders ? 0 : shortfall[t];
                double drawn = Math.Min(stock, s);
                stock -= drawn;
                double missing = s - drawn;
                availability[t] += w * s;
                inventory[t] += w * stock;
                units[t] += w * missing;
                lost += w * missing;
            }
        }

        int? survive = null;
        int? lastShort = null;
        for (int t = 0; t < days; t++)
        {
            // Until here the arrays hold the weighted shortfall and missing share; turn them into availability and units built.
            availability[t] = 1.0 - availability[t];
            units[t] = 1.0 - units[t];
            if (survive is null && 1.0 - units[t] > ScoringOptions.RecoveryTolerance)
            {
                survive = t;
            }

            if (1.0 - availability[t] > ScoringOptions.RecoveryTolerance)
            {
                lastShort = t;
            }
        }

        return new InputTimePath(material, containingPart, coverDays, fromTraders, availability, inventory, units, survive, lastShort, days > 0 ? lost / days : 0);
    }

    /// <summary>The last day on which the flow is short of need by more than 1 %; null when it never is.</summary>
    internal int? LastShortDay { get; }

    /// <summary>
    /// Time to recover after <paramref name="lastShortDay"/> over a horizon of <paramref name="days"/>: the day after it
    /// (from then on the flow stays back to need, so a shortfall that ends and another that starts later is not a
    /// recovery); null when never short, or still short on the last day. One rule for an input and for a part.
    /// </summary>
    internal static int? RecoveryAfter(int? lastShortDay, int days) =>
        lastShortDay is int last && last + 1 < days ? last + 1 : null;
}
