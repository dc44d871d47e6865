using System.Collections.Generic;

namespace SupplyRisk.Policy;

/// <summary>A fitted <see cref="LicenceRamp"/>, its root-mean-square error, and each observation with the ramp's prediction. Immutable.</summary>
public sealed class LicenceRampFitResult
{
    internal LicenceRampFitResult(LicenceRamp ramp, double rootMeanSquareError, IReadOnlyList<KeyValuePair<RampObservation, double>> predictions)
    {
        Ramp = ramp;
        RootMeanSquareError = rootMeanSquareError;
        Predictions = predictions;
    }

    /// <summary>The fitted ramp.</summary>
    public LicenceRamp Ramp { get; }

    /// <summary>√(Σ (predicted − observed)² / n) over the periods' mean pass shares.</summary>
    public double RootMeanSquareError { get; }

    /// <summary>Each observation with the mean pass share the ramp predicts for its period.</summary>
    public IReadOnlyList<KeyValuePair<RampObservation, double>> Predictions { get; }
}
