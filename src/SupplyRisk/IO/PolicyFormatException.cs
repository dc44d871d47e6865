using System.Collections.Generic;

namespace SupplyRisk.IO;

/// <summary>Thrown when a policy timeline CSV is invalid; every problem is listed.</summary>
public sealed class PolicyFormatException : DataFormatException
{
    /// <summary>Creates the exception from the problems found (at least one).</summary>
    public PolicyFormatException(IReadOnlyList<DataError> errors)
        : base("The policy timeline", errors)
    {
    }
}
