using System.Collections.Generic;

namespace SupplyRisk.IO;

/// <summary>Thrown when a bill of materials (CSV, JSON or an ERP export) is invalid or exceeds a <see cref="BomLimits"/> limit; every problem is listed.</summary>
public sealed class BomFormatException : DataFormatException
{
    /// <summary>Creates the exception from the problems found (at least one).</summary>
    public BomFormatException(IReadOnlyList<DataError> errors)
        : base("The bill of materials", errors)
    {
    }
}
