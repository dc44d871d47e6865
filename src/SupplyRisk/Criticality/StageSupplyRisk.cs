using System.Collections.Generic;
using System.Linq;
using SupplyRisk.Concentration;
using SupplyRisk.Materials;

namespace SupplyRisk.Criticality;

/// <summary>The supply risk of one stage of a material for one buyer, with the concentration behind it. Immutable.</summary>
public sealed class StageSupplyRisk
{
    internal StageSupplyRisk(SupplyStage stage, ConcentrationProfile globalConcentration, SupplyRiskResult result, string basisReason, IReadOnlyList<SupplierInput> globalInputs, IReadOnlyList<SupplierInput>? sourcingInputs)
    {
        GlobalInputs = globalInputs;
        SourcingInputs = sourcingInputs;
        Stage = stage;
        GlobalConcentration = globalConcentration;
        Result = result;
        BasisReason = basisReason;
    }

    /// <summary>The stage.</summary>
    public SupplyStage Stage { get; }

    /// <summary>Concentration of the stage's global supply.</summary>
    public ConcentrationProfile GlobalConcentration { get; }

    /// <summary>The SR and its terms.</summary>
    public SupplyRiskResult Result { get; }

    /// <summary>The global-supply inputs used (share, governance, trade factor per supplier).</summary>
    public IReadOnlyList<SupplierInput> GlobalInputs { get; }

    /// <summary>The buyer-sourcing inputs used, when the basis is combined.</summary>
    public IReadOnlyList<SupplierInput>? SourcingInputs { get; }

    /// <summary>
    /// SR split by supplier country: each country's terms of the formula (exact, since SR is linear in the
    /// per-country terms <c>sᵢ² · WGI'ᵢ · tᵢ</c>). The values add up to <see cref="SupplyRiskResult.Value"/>.
    /// </summary>
    public IReadOnlyList<KeyValuePair<Geography.CountryCode, double>> ByCountry()
    {
        SupplyRiskResult r = Result;
        double k = (1.0 - r.EndOfLifeRecyclingInputRate) * r.SubstitutionIndex;
        double globalWeight = r.Basis switch
        {
            SupplyBasis.GlobalSupplyOnly => 1.0,
            SupplyBasis.SourcingOnly => 0.0,
            _ => r.ImportReliance!.Value / 2.0,
        };
        var terms = new Dictionary<Geography.CountryCode, double>();
        void Add(IReadOnlyList<SupplierInput>? inputs, double weight)
        {
            if (inputs is null || weight == 0)
            {
                return;
            }

            foreach (SupplierInput s in inputs)
            {
                double term = s.Share * s.Share * s.Governance.Scaled * s.TradeFactor * weight * k;
                terms[s.Country] = (terms.TryGetValue(s.Country, out double t) ? t : 0) + term;
            }
        }

        Add(GlobalInputs, globalWeight);
        Add(SourcingInputs, 1.0 - globalWeight);
        return terms.OrderByDescending(p => p.Value).ThenBy(p => p.Key).ToArray();
    }

    /// <summary>Why this supply basis was used (e.g. "no US sourcing data for the processing stage").</summary>
    public string BasisReason { get; }
}
