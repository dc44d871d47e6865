using System;

namespace SupplyRisk.Sources;

/// <summary>Where a figure comes from: the publication (with table and year), its quality, and a note. Immutable.</summary>
public sealed class Provenance
{
    /// <summary>Creates a provenance record.</summary>
    /// <param name="source">The publication, table and year, ideally with a URL. Must not be blank.</param>
    /// <param name="quality">How directly the figure was read from it.</param>
    /// <param name="year">The data year the figure describes, if known.</param>
    /// <param name="note">How the figure was derived, or caveats.</param>
    /// <exception cref="ArgumentException"><paramref name="source"/> is blank.</exception>
    public Provenance(string source, DataQuality quality, int? year = null, string? note = null)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            throw new ArgumentException("Every figure needs a source: publication, table and year.", nameof(source));
        }

        Source = source;
        Quality = quality;
        Year = year;
        Note = string.IsNullOrWhiteSpace(note) ? null : note;
    }

    /// <summary>A provenance for figures a caller supplies in code, quality <see cref="DataQuality.Estimate"/> unless stated.</summary>
    public static Provenance UserSupplied { get; } = new("supplied by the caller", DataQuality.Estimate);

    /// <summary>The publication, table and year.</summary>
    public string Source { get; }

    /// <summary>How directly the figure was read.</summary>
    public DataQuality Quality { get; }

    /// <summary>The data year, if known.</summary>
    public int? Year { get; }

    /// <summary>Derivation or caveats, if any.</summary>
    public string? Note { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Source} [{Quality}]";
}
