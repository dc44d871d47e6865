namespace SupplyRisk.Policy;

/// <summary>A dated change of a measure's state recorded in its <see cref="MeasureWindow"/>.</summary>
public enum ScheduledChange
{
    /// <summary>The measure takes effect.</summary>
    TakesEffect = 0,

    /// <summary>A suspension begins.</summary>
    SuspensionStarts = 1,

    /// <summary>A suspension lapses and the measure is back in force.</summary>
    SuspensionLapses = 2,

    /// <summary>The measure expires.</summary>
    Expires = 3,
}
