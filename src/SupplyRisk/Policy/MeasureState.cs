namespace SupplyRisk.Policy;

/// <summary>Where a dated measure stands on a given date.</summary>
public enum MeasureState
{
    /// <summary>Not yet effective (announced or not).</summary>
    NotYetEffective = 0,

    /// <summary>In force.</summary>
    InForce = 1,

    /// <summary>Effective but suspended on that date.</summary>
    Suspended = 2,

    /// <summary>Past its expiry.</summary>
    Expired = 3,
}
