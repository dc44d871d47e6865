using System.Collections.Generic;
using System.Linq;
using System;

namespace SupplyRisk.IO;

/// <summary>
/// Thrown when reference data is invalid. It lists every problem found, each with its location,
/// so that a data file can be fixed in one pass; nothing partially loaded is ever returned.
/// </summary>
public sealed class ReferenceDataException : Exception
{
    /// <summary>Creates the exception from the problems found (at least one).</summary>
    public ReferenceDataException(IReadOnlyList<DataError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Every problem found, in the order found.</summary>
    public IReadOnlyList<DataError> Errors { get; }

    /// <summary>The most errors the message lists, 100; <see cref="Errors"/> holds every one.</summary>
    public const int MaximumListed = 100;

    private static string Describe(IReadOnlyList<DataError> errors)
    {
        if (errors is null || errors.Count == 0)
        {
            throw new ArgumentException("A reference data exception needs at least one error.", nameof(errors));
        }

        string header = errors.Count == 1
            ? "The reference data has 1 problem:"
            : $"The reference data has {errors.Count} problems:";
        string listed = string.Join(Environment.NewLine, errors.Take(MaximumListed).Select(e => "  - " + e));
        return errors.Count <= MaximumListed
            ? header + Environment.NewLine + listed
            : header + Environment.NewLine + listed + Environment.NewLine + $"  … and {errors.Count - MaximumListed} more (all of them are in Errors)";
    }
}
