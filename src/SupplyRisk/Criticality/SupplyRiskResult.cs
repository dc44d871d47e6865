using System.Globalization;

namespace SupplyRisk.Criticality;

/// <summary>
/// A supply-risk (SR) value of the EU criticality method with every term that produced it, so that
/// it can be checked by hand. Immutable.
/// </summary>
public sealed class SupplyRiskResult
{
    internal SupplyRiskResult(
        SupplyBasis basis,
        double? globalHhiWgiT,
        double? sourcingHhiWgiT,
        double? importReliance,
        double endOfLifeRecyclingInputRate,
        double substitutionIndex,
        double value)
    {
        Basis = basis;
        GlobalHhiWgiT = globalHhiWgiT;
        SourcingHhiWgiT = sourcingHhiWgiT;
        ImportReliance = importReliance;
        EndOfLifeRecyclingInputRate = endOfLifeRecyclingInputRate;
        SubstitutionIndex = substitutionIndex;
        Value = value;
    }

    /// <summary>The supply basis used.</summary>
    public SupplyBasis Basis { get; }

    /// <summary>HHI_WGI,t of global supply; <see langword="null"/> for <see cref="SupplyBasis.SourcingOnly"/>.</summary>
    public double? GlobalHhiWgiT { get; }

    /// <summary>HHI_WGI,t of the buyer's sourcing; <see langword="null"/> for <see cref="SupplyBasis.GlobalSupplyOnly"/>.</summary>
    public double? SourcingHhiWgiT { get; }

    /// <summary>The import reliance used; <see langword="null"/> when the basis does not use it.</summary>
    public double? ImportReliance { get; }

    /// <summary>The end-of-life recycling input rate.</summary>
    public double EndOfLifeRecyclingInputRate { get; }

    /// <summary>The substitution index SI_SR.</summary>
    public double SubstitutionIndex { get; }

    /// <summary>The supply risk SR. Critical when SR ≥ 1 and EI ≥ 2.8 (see <see cref="CriticalityThresholds"/>).</summary>
    public double Value { get; }

    /// <inheritdoc />
    public override string ToString() => Value.ToString("0.00", CultureInfo.InvariantCulture);
}
