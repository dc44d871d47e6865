using System.Globalization;
using System;

namespace SupplyRisk.Sensitivity;

/// <summary>One bar of a tornado table: an input swung from its low to its high value, and the part's score at each. Immutable.</summary>
public sealed class TornadoRow
{
    internal TornadoRow(SensitivityInput input, double? baseValue, double lowValue, double highValue, double scoreAtLow, double scoreAtHigh)
    {
        Input = input;
        BaseValue = baseValue;
        LowValue = lowValue;
        HighValue = highValue;
        ScoreAtLow = scoreAtLow;
        ScoreAtHigh = scoreAtHigh;
    }

    /// <summary>The input.</summary>
    public SensitivityInput Input { get; }

    /// <summary>The input's value in the base model, or null when the base scenario lacks the measure.</summary>
    public double? BaseValue { get; }

    /// <summary>The low value of the input.</summary>
    public double LowValue { get; }

    /// <summary>The high value of the input.</summary>
    public double HighValue { get; }

    /// <summary>The part's score, 0–100, with the input at <see cref="LowValue"/>.</summary>
    public double ScoreAtLow { get; }

    /// <summary>The part's score, 0–100, with the input at <see cref="HighValue"/>.</summary>
    public double ScoreAtHigh { get; }

    /// <summary>How far the score moves across the input's range: |<see cref="ScoreAtHigh"/> − <see cref="ScoreAtLow"/>|, in score points. Rows are ranked by it.</summary>
    public double Swing => Math.Abs(ScoreAtHigh - ScoreAtLow);

    /// <inheritdoc />
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "{0}: {1:0.###} → {2:0.##}, {3:0.###} → {4:0.##} (swing {5:0.##})",
        Input.Name,
        LowValue,
        ScoreAtLow,
        HighValue,
        ScoreAtHigh,
        Swing);
}
