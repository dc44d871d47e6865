namespace SupplyRisk.Policy;

/// <summary>What a measure's state on a date rests on.</summary>
public enum StateBasis
{
    /// <summary>The record: no change of the measure is scheduled between the data cut-off and the date (or the timeline has no cut-off).</summary>
    Recorded = 0,

    /// <summary>
    /// An assumption: a change of the measure was scheduled after the timeline's data cut-off and on or before the
    /// date, and the state follows the <see cref="AfterCutoff"/> rule chosen, not a record.
    /// </summary>
    Assumed = 1,

    /// <summary>A scenario's own what-if measure, not part of the record.</summary>
    WhatIf = 2,
}
