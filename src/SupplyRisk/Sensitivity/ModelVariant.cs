using SupplyRisk.Data;
using SupplyRisk.Policy;

namespace SupplyRisk.Sensitivity;

/// <summary>The parts of the model a sensitivity input can change: the data, the timeline and the scenario.</summary>
internal sealed class ModelVariant
{
    public ModelVariant(ReferenceDataset data, PolicyTimeline timeline, Scenario scenario)
    {
        Data = data;
        Timeline = timeline;
        Scenario = scenario;
    }

    public ReferenceDataset Data { get; }

    public PolicyTimeline Timeline { get; }

    public Scenario Scenario { get; }
}
