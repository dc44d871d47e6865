using System.Collections.Generic;

namespace SupplyRisk.IO;

/// <summary>Thrown when reference data (a <see cref="DataFileKind"/> file, or the embedded data) is invalid; every problem is listed.</summary>
public sealed class ReferenceDataException : DataFormatException
{
    /// <summary>Creates the exception from the problems found (at least one).</summary>
    public ReferenceDataException(IReadOnlyList<DataError> errors)
        : base("The reference data", errors)
    {
    }
}
