using System;
using System.Collections.Generic;
using System.Linq;

namespace SupplyRisk.Policy;

/// <summary>
/// A set of dated measures. Evaluated as of a date it says which are in force, suspended, expired or not
/// yet effective, and why. Immutable and thread-safe.
/// </summary>
public sealed class PolicyTimeline
{
    /// <summary>Creates a timeline.</summary>
    /// <exception cref="ArgumentException">Two measures share an id.</exception>
    public PolicyTimeline(IEnumerable<PolicyMeasure> measures)
    {
        PolicyMeasure[] list = (measures ?? throw new ArgumentNullException(nameof(measures))).ToArray();
        string? repeated = list.GroupBy(m => m.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).FirstOrDefault();
        if (repeated is not null)
        {
            throw new ArgumentException($"Measure id '{repeated}' is used more than once.", nameof(measures));
        }

        Measures = Array.AsReadOnly(list);
    }

    private static readonly System.Lazy<PolicyTimeline> DefaultTimeline = new(Data.Loading.PolicyDataCompiler.LoadEmbedded, isThreadSafe: true);

    /// <summary>
    /// The embedded timeline: China's 2023–2025 export controls and their suspensions, the DRC's cobalt export
    /// measures, and the 2025–2026 US/China tariff steps, each with its source (docs/data/policy-and-prices.md).
    /// </summary>
    public static PolicyTimeline Default => DefaultTimeline.Value;

    /// <summary>
    /// Reads a timeline from CSV with the columns of the embedded file (see docs/data-format.md):
    /// <c>id,title,kind,issuer,destinations,materials,announced,effective,suspended_from,suspended_until,expires,rate,layer,quality,source,note</c>,
    /// plus optional <c>stages</c> and <c>magnitude</c>.
    /// </summary>
    /// <exception cref="Data.ReferenceDataException">The file has problems; every one is listed with its line.</exception>
    public static PolicyTimeline ReadCsv(System.IO.TextReader reader, string name) =>
        Data.Loading.PolicyDataCompiler.Read(reader ?? throw new ArgumentNullException(nameof(reader)), name, knownMaterials: null);

    /// <summary>An empty timeline.</summary>
    public static PolicyTimeline Empty { get; } = new(Array.Empty<PolicyMeasure>());

    /// <summary>Every measure, in the order given.</summary>
    public IReadOnlyList<PolicyMeasure> Measures { get; }

    /// <summary>Every measure's state on <paramref name="asOf"/>, with the reason.</summary>
    public IReadOnlyList<MeasureStatus> Evaluate(DateTime asOf) =>
        Measures.Select(m =>
        {
            var (state, reason) = m.StateOn(asOf);
            return new MeasureStatus(m, state, reason);
        }).ToList().AsReadOnly();

    /// <summary>The measures in force on <paramref name="asOf"/>.</summary>
    public IReadOnlyList<PolicyMeasure> InForce(DateTime asOf) =>
        Measures.Where(m => m.StateOn(asOf).State == MeasureState.InForce).ToList().AsReadOnly();
}
