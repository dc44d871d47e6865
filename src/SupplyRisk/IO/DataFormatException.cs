using System;
using System.Collections.Generic;
using System.Linq;

namespace SupplyRisk.IO;

/// <summary>
/// Thrown when an input file (reference data, a BOM, a scenario, a policy timeline) is invalid. It lists every problem
/// found, each with its location (file, line or JSON path, field), so that the file can be fixed in one pass; nothing
/// partially read is ever returned. Catch this type for any input; catch a derived type to know which kind failed.
/// </summary>
public abstract class DataFormatException : FormatException
{
    /// <summary>The most errors the message lists, 100; <see cref="Errors"/> holds every one.</summary>
    public const int MaximumListed = 100;

    /// <summary>Creates the exception from the problems found (at least one).</summary>
    /// <param name="what">What was read, for the message: "The BOM", "The scenario", ….</param>
    /// <param name="errors">Every problem found, in the order found.</param>
    private protected DataFormatException(string what, IReadOnlyList<DataError> errors)
        : base(Describe(what, errors))
    {
        Errors = Array.AsReadOnly(errors.ToArray()); // a copy: the caller's list may change after the throw
    }

    /// <summary>Every problem found, in the order found.</summary>
    public IReadOnlyList<DataError> Errors { get; }

    /// <summary>The exception for a kind of input.</summary>
    internal static DataFormatException Create(InputKind kind, IReadOnlyList<DataError> errors) => kind switch
    {
        InputKind.Bom => new BomFormatException(errors),
        InputKind.Scenario => new ScenarioFormatException(errors),
        InputKind.Policy => new PolicyFormatException(errors),
        _ => new ReferenceDataException(errors),
    };

    private static string Describe(string what, IReadOnlyList<DataError> errors)
    {
        if (errors is null || errors.Count == 0)
        {
            throw new ArgumentException("A format exception needs at least one error.", nameof(errors));
        }

        string header = errors.Count == 1 ? $"{what} has 1 problem:" : $"{what} has {errors.Count} problems:";
        string listed = string.Join(Environment.NewLine, errors.Take(MaximumListed).Select(e => "  - " + e));
        return errors.Count <= MaximumListed
            ? header + Environment.NewLine + listed
            : header + Environment.NewLine + listed + Environment.NewLine + $"  … and {errors.Count - MaximumListed} more (all of them are in Errors)";
    }
}
