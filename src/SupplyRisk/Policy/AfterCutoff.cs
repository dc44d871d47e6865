using System;

namespace SupplyRisk.Policy;

/// <summary>
/// What is assumed of a measure's suspension or expiry recorded to end after the timeline's data cut-off
/// (<see cref="PolicyTimeline.DataAsOf"/>), when nothing later is known. One rule applies to every kind of measure.
/// </summary>
public enum AfterCutoff
{
    /// <summary>
    /// The default: the state on the cut-off continues. A suspension that would lapse after the cut-off is assumed
    /// extended, and a measure that would expire after it is assumed to go on. Chosen as the default because every
    /// suspension or temporary measure of the embedded record that reached its end before the cut-off was extended or
    /// replaced by a like one (the US–China tariff truce of 2025-05-14, extended on 2025-08-11 and again from
    /// 2025-11-10; the DRC's cobalt export suspension, extended twice, then replaced by quotas).
    /// </summary>
    Extend = 0,

    /// <summary>
    /// The legal default: the recorded dates run their course. A suspension lapses and the measure is back in force,
    /// and a measure expires. For stress tests: this is the worse branch for the 2025 Chinese export controls.
    /// </summary>
    Reinstate = 1,
}

/// <summary>Checks of <see cref="AfterCutoff"/> values.</summary>
internal static class AfterCutoffRules
{
    /// <summary>Throws when <paramref name="rule"/> is not a defined value.</summary>
    public static void Check(AfterCutoff rule, string parameter)
    {
        if (rule is not (AfterCutoff.Extend or AfterCutoff.Reinstate))
        {
            throw new ArgumentOutOfRangeException(parameter, rule, "The after-cut-off rule must be Extend or Reinstate.");
        }
    }

    /// <summary>The name used in files and on the command line: <c>extend</c> or <c>reinstate</c>.</summary>
    public static string Name(AfterCutoff rule) => rule == AfterCutoff.Reinstate ? "reinstate" : "extend";
}
