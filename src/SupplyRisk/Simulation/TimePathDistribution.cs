using System.Globalization;

namespace SupplyRisk.Simulation;

/// <summary>
/// One part's time to survive and time to recover over the trials of a simulation, from the explained scorer's
/// day-by-day path of each trial (asked for with <see cref="MonteCarloOptions.TimePathParts"/>). Immutable.
/// </summary>
public sealed class TimePathDistribution
{
    internal TimePathDistribution(string partNumber, int trials, double probabilityOfStop, DayPercentiles timeToSurvive, DayPercentiles? timeToRecover)
    {
        PartNumber = partNumber;
        Trials = trials;
        ProbabilityOfStop = probabilityOfStop;
        TimeToSurvive = timeToSurvive;
        TimeToRecover = timeToRecover;
    }

    /// <summary>The part number.</summary>
    public string PartNumber { get; }

    /// <summary>The number of trials.</summary>
    public int Trials { get; }

    /// <summary>The share of trials in which some input runs short of need after stocks within the horizon (a time to survive exists).</summary>
    public double ProbabilityOfStop { get; }

    /// <summary>Days until the part first cannot build every unit, over all trials (a trial that never stops ranks beyond the horizon).</summary>
    public DayPercentiles TimeToSurvive { get; }

    /// <summary>
    /// Days until the flow of every input that cost output is back to need, over the trials that lose output (a trial
    /// whose flow does not recover ranks beyond the horizon); null when no trial loses output.
    /// </summary>
    public DayPercentiles? TimeToRecover { get; }

    /// <inheritdoc />
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0}: P(stop) {1:G4}; TTS {2}; TTR {3}", PartNumber, ProbabilityOfStop, TimeToSurvive, (object?)TimeToRecover ?? "none lost");
}
