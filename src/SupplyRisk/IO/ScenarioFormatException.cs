using System.Collections.Generic;

namespace SupplyRisk.IO;

/// <summary>Thrown when a scenario JSON file is invalid; every problem is listed.</summary>
public sealed class ScenarioFormatException : DataFormatException
{
    /// <summary>Creates the exception from the problems found (at least one).</summary>
    public ScenarioFormatException(IReadOnlyList<DataError> errors)
        : base("The scenario", errors)
    {
    }
}
