using SupplyRisk.Data;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;

namespace SupplyRisk.Sensitivity;

/// <summary>The parts of the model a sensitivity input can change: the data, the timeline, the scenario and the scoring options.</summary>
internal sealed class ModelVariant
{
    public ModelVariant(ReferenceDataset data, PolicyTimeline timeline, Scenario scenario, ScoringOptions options)
    {
        Data = data;
        Timeline = timeline;
        Scenario = scenario;
        Options = options;
    }

    public ReferenceDataset Data { get; }

    public PolicyTimeline Timeline { get; }

    public Scenario Scenario { get; }

    public ScoringOptions Options { get; }

    /// <summary>A copy with the parts given replaced.</summary>
    public ModelVariant With(ReferenceDataset? data = null, Scenario? scenario = null, ScoringOptions? options = null) =>
        new(data ?? Data, Timeline, scenario ?? Scenario, options ?? Options);
}
