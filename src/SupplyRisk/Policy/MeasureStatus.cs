namespace SupplyRisk.Policy;

/// <summary>A measure's state on the date asked and the reason, as reported to users. Immutable.</summary>
public sealed class MeasureStatus
{
    internal MeasureStatus(PolicyMeasure measure, MeasureState state, string reason)
    {
        Measure = measure;
        State = state;
        Reason = reason;
    }

    /// <summary>The measure.</summary>
    public PolicyMeasure Measure { get; }

    /// <summary>Its state on the date.</summary>
    public MeasureState State { get; }

    /// <summary>Why, e.g. "in force again: its suspension lapsed on 2026-11-10 and no later extension is recorded".</summary>
    public string Reason { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Measure.Id}: {Reason}";
}
