namespace SupplyRisk.Policy;

/// <summary>
/// What the measures in force do to one flow (a material at a stage, from one supplier country to the
/// buyer): the share of supply cut, the EU-method trade factor, and the stacked tariff. Immutable value.
/// </summary>
public readonly struct FlowEffect
{
    internal FlowEffect(double exportCut, double capacityLoss, double tradeFactor, double tariff)
    {
        ExportCut = exportCut;
        CapacityLoss = capacityLoss;
        TradeFactor = tradeFactor;
        Tariff = tariff;
    }

    /// <summary>No effect: nothing cut, t = 1, no tariff.</summary>
    public static FlowEffect None { get; } = new(0, 0, 1, 0);

    /// <summary>The share of the flow stopped by export controls and sanctions (the strictest applies), in [0, 1].</summary>
    public double ExportCut { get; }

    /// <summary>The share of the supplier's output physically lost, in [0, 1].</summary>
    public double CapacityLoss { get; }

    /// <summary>The share of the flow that does not reach the buyer: <c>1 − (1 − ExportCut)(1 − CapacityLoss)</c>.</summary>
    public double Cut => 1.0 - ((1.0 - ExportCut) * (1.0 - CapacityLoss));

    /// <summary>The EU-method trade factor: <c>1 + (t_max − 1) · ExportCut</c>.</summary>
    public double TradeFactor { get; }

    /// <summary>The sum of the tariff layers in force on the flow (0.45 = 45 % ad valorem).</summary>
    public double Tariff { get; }
}
