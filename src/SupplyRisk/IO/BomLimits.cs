using System.Globalization;
using System.Linq;
using System;
using SupplyRisk.Data;
using SupplyRisk.Diagnostics;
using SupplyRisk.Parts;

namespace SupplyRisk.IO;

/// <summary>
/// Limits a bill of materials read from a file must stay within, so that a service fed files nobody controls cannot be
/// exhausted by one of them: the number of parts, the depth (levels from the root to the deepest leaf) and the lines of
/// one part (materials and children). The defaults are far above any real product's BOM. Immutable.
/// </summary>
public sealed class BomLimits
{
    /// <summary>Creates limits; each must be at least 1.</summary>
    /// <param name="maxParts">The most parts a file may declare (default 2,000,000).</param>
    /// <param name="maxDepth">The most levels from a root to its deepest part (default 100; car BOMs have under 20).</param>
    /// <param name="maxLinesPerPart">The most material and child lines one part may have (default 1,000,000).</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is below 1.</exception>
    public BomLimits(int maxParts = 2_000_000, int maxDepth = 100, int maxLinesPerPart = 1_000_000)
    {
        MaxParts = Positive(maxParts, nameof(maxParts));
        MaxDepth = Positive(maxDepth, nameof(maxDepth));
        MaxLinesPerPart = Positive(maxLinesPerPart, nameof(maxLinesPerPart));
    }

    /// <summary>The defaults.</summary>
    public static BomLimits Default { get; } = new();

    /// <summary>The most parts a file may declare.</summary>
    public int MaxParts { get; }

    /// <summary>The most levels from a root to its deepest part (a part with no children is 1 level).</summary>
    public int MaxDepth { get; }

    /// <summary>The most material and child lines one part may have.</summary>
    public int MaxLinesPerPart { get; }

    /// <summary>
    /// Throws when <paramref name="parts"/> (read from <paramref name="name"/>) has a part with too many lines or is too
    /// deep; the message names the limit and the part. (The readers check <see cref="MaxParts"/> while they read, so that
    /// a file of ten million parts stops at the first one over.)
    /// </summary>
    internal void Check(PartCatalog parts, string name)
    {
        Part? wide = parts.Parts.FirstOrDefault(p => p.Materials.Count + p.Children.Count > MaxLinesPerPart);
        if (wide is not null)
        {
            Fail(name, string.Format(CultureInfo.InvariantCulture, "part '{0}' has {1:N0} lines, over the limit of {2:N0} (BomLimits.MaxLinesPerPart)", QuotedText.Prefix(wide.PartNumber, 100), wide.Materials.Count + wide.Children.Count, MaxLinesPerPart));
        }

        var (depth, deepest) = parts.DeepestRoot();
        if (depth > MaxDepth)
        {
            Fail(name, string.Format(CultureInfo.InvariantCulture, "part '{0}' is {1:N0} levels deep, over the limit of {2:N0} (BomLimits.MaxDepth)", QuotedText.Prefix(deepest, 100), depth, MaxDepth));
        }
    }

    private static void Fail(string name, string message) => throw new BomFormatException(new[] { new DataError(name, null, message) });

    private static int Positive(int value, string name) =>
        value >= 1 ? value : throw new ArgumentOutOfRangeException(name, value, "A BOM limit must be at least 1.");
}
