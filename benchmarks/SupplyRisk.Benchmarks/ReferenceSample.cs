using System;
using SupplyRisk.Engine;
using SupplyRisk.Parts;
using SupplyRisk.Scoring;

namespace SupplyRisk.Benchmarks;

/// <summary>The check every catalog benchmark runs before timing: a sample of parts against the reference scorer.</summary>
internal static class ReferenceSample
{
    /// <summary>Throws when a sampled part's score differs from the reference beyond <see cref="ExposureEngine.RelativeTolerance"/>.</summary>
    public static void Check(ExposureScorer context, PartCatalog parts, CompiledCatalog catalog, double[] scores, string who)
    {
        for (int p = 0; p < catalog.PartCount; p += Math.Max(1, catalog.PartCount / 50))
        {
            double reference = context.Score(parts, catalog.PartNumbers[p]).Score;
            if (Math.Abs(reference - scores[p]) > ExposureEngine.RelativeTolerance * Math.Max(1, Math.Abs(reference)))
            {
                throw new InvalidOperationException($"Part {catalog.PartNumbers[p]}: reference {reference}, {who} {scores[p]}.");
            }
        }
    }
}
