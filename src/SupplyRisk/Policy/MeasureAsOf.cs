namespace SupplyRisk.Policy;

/// <summary>A measure's state on the date asked and the reason, as reported to users. Immutable.</summary>
public sealed class MeasureAsOf
{
    internal MeasureAsOf(PolicyMeasure measure, MeasureState state, string reason, StateBasis basis)
    {
        Measure = measure;
        State = state;
        Reason = reason;
        Basis = basis;
    }

    /// <summary>
    /// The measure as evaluated: after a data cut-off, with the <see cref="AfterCutoff"/> rule applied to its window
    /// (under <see cref="AfterCutoff.Extend"/> a suspension or expiry recorded after the cut-off is gone).
    /// </summary>
    public PolicyMeasure Measure { get; }

    /// <summary>Its state on the date.</summary>
    public MeasureState State { get; }

    /// <summary>Why, e.g. "in force again: its suspension lapsed on 2026-11-10 and no later extension is recorded".</summary>
    public string Reason { get; }

    /// <summary>Whether the state on the date is the record, an assumption after the data cut-off, or a scenario's what-if.</summary>
    public StateBasis Basis { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Measure.Id}: {Reason}";
}
