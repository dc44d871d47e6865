using System.Collections.Generic;
using System;
using SupplyRisk.Concentration;
using SupplyRisk.Criticality;
using SupplyRisk.Data;
using SupplyRisk.Geography;
using SupplyRisk.Materials;

namespace SupplyRisk.Scoring;

/// <summary>
/// Applies the EU supply-risk method (<see cref="EuSupplyRisk"/>) to the materials of a
/// <see cref="ReferenceDataset"/> for any buyer: per stage, with the bottleneck stage reported.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// For each stage the supply basis is <see cref="SupplyBasis.Combined"/> when the dataset has the
/// buyer's sourcing mix and import reliance for that stage, and <see cref="SupplyBasis.GlobalSupplyOnly"/>
/// otherwise (as the EU study does where EU sourcing data are lacking); the reason is reported.
/// Suppliers inside the buyer (members of a bloc buyer, or the buyer country itself) get the trade
/// factor <see cref="InsideBuyerTradeFactor"/>, 0.8 by default: the value the EU 2023 study's
/// sourcing tables apply to EU member states.
/// </remarks>
public sealed class SupplyRiskAssessor
{
    /// <summary>The default trade factor of suppliers inside the buyer, 0.8.</summary>
    public const double DefaultInsideBuyerTradeFactor = 0.8;

    private readonly ReferenceDataset _data;

    /// <summary>Creates an assessor over a dataset.</summary>
    /// <param name="data">The reference data.</param>
    /// <param name="insideBuyerTradeFactor">The trade factor of suppliers inside the buyer; 1 to disable.</param>
    /// <exception cref="ArgumentOutOfRangeException">The factor is not finite and positive.</exception>
    public SupplyRiskAssessor(ReferenceDataset data, double insideBuyerTradeFactor = DefaultInsideBuyerTradeFactor)
    {
        _data = data ?? throw new ArgumentNullException(nameof(data));
        InsideBuyerTradeFactor = TradeFactor.Check(insideBuyerTradeFactor, nameof(insideBuyerTradeFactor));
    }

    /// <summary>The trade factor applied to suppliers inside the buyer.</summary>
    public double InsideBuyerTradeFactor { get; }

    /// <summary>Whether the material has what SR needs (EoL-RIR and SI_SR); if not, says what is missing.</summary>
    public static bool CanAssess(Material material, out string reason)
    {
        if (material is null)
        {
            throw new ArgumentNullException(nameof(material));
        }

        var missing = new List<string>(2);
        if (material.EndOfLifeRecyclingInputRate is null)
        {
            missing.Add("end-of-life recycling input rate (eol_rir)");
        }

        if (material.SubstitutionIndexSupplyRisk is null)
        {
            missing.Add("substitution index (si_sr)");
        }

        reason = missing.Count == 0 ? string.Empty : $"material '{material.Id}' has no {string.Join(" and no ", missing)}";
        return missing.Count == 0;
    }

    /// <summary>Assesses a material for a buyer (or, with no buyer, on global supply only).</summary>
    /// <param name="material">The material id.</param>
    /// <param name="buyer">The buyer, or <see langword="null"/> for global supply only.</param>
    /// <param name="tradeFactors">Exporter trade factors (export restrictions, agreements); neutral when omitted.</param>
    /// <exception cref="KeyNotFoundException">The material is not in the dataset.</exception>
    /// <exception cref="InvalidOperationException">The material lacks EoL-RIR or SI_SR (see <see cref="CanAssess"/>).</exception>
    public MaterialSupplyRisk Assess(MaterialId material, Buyer? buyer = null, TradeFactors? tradeFactors = null)
    {
        TradeFactors factors = tradeFactors ?? TradeFactors.Neutral;
        return AssessByStage(material, buyer, _ => factors);
    }

    /// <summary>Assesses a material with trade factors that may differ by stage (a shock may cover only some stages).</summary>
    /// <exception cref="KeyNotFoundException">The material is not in the dataset.</exception>
    /// <exception cref="InvalidOperationException">The material lacks EoL-RIR or SI_SR (see <see cref="CanAssess"/>).</exception>
    public MaterialSupplyRisk AssessByStage(MaterialId material, Buyer? buyer, Func<StageKind, TradeFactors> tradeFactorsByStage)
    {
        if (tradeFactorsByStage is null)
        {
            throw new ArgumentNullException(nameof(tradeFactorsByStage));
        }

        Material m = _data.GetMaterial(material);
        if (!CanAssess(m, out string reason))
        {
            throw new InvalidOperationException($"Cannot compute the EU supply risk: {reason}. Add it to a materials file.");
        }

        BuyerMaterialProfile? profile = buyer is null ? null : _data.FindProfile(buyer, material);
        double eol = m.EndOfLifeRecyclingInputRate!.Value;
        double si = m.SubstitutionIndexSupplyRisk!.Value;
        var stages = new List<StageSupplyRisk>(m.Stages.Count);
        foreach (SupplyStage stage in m.Stages)
        {
            TradeFactors factors = EffectiveFactors(buyer, tradeFactorsByStage(stage.Kind) ?? TradeFactors.Neutral);
            ConcentrationProfile concentration = ConcentrationProfile.Of(stage.Shares, _data.Governance);
            IReadOnlyList<SupplierInput> global = EuSupplyRisk.ToInputs(stage.Shares, _data.Governance, factors);
            CountryShares? sourcing = profile?.SourcingFor(stage.Kind);
            double? ir = profile?.ImportRelianceFor(stage.Kind);
            IReadOnlyList<SupplierInput>? sourcingInputs = null;
            SupplyRiskResult result;
            string basisReason;
            if (buyer is null)
            {
                result = EuSupplyRisk.ComputeGlobalSupplyOnly(global, eol, si);
                basisReason = "no buyer given: global supply only";
            }
            else if (sourcing is not null && ir is not null)
            {
                sourcingInputs = EuSupplyRisk.ToInputs(sourcing, _data.Governance, factors);
                result = EuSupplyRisk.Compute(global, sourcingInputs, ir.Value, eol, si);
                basisReason = $"global supply and {buyer.Code} sourcing";
            }
            else
            {
                result = EuSupplyRisk.ComputeGlobalSupplyOnly(global, eol, si);
                basisReason = sourcing is null
                    ? $"no {buyer.Code} sourcing data for the {StageKinds.Name(stage.Kind)} stage: global supply only"
                    : $"no {buyer.Code} import reliance for the {StageKinds.Name(stage.Kind)} stage: global supply only";
            }

            stages.Add(new StageSupplyRisk(stage, concentration, result, basisReason, global, sourcingInputs));
        }

        return new MaterialSupplyRisk(m, buyer, stages);
    }

    private TradeFactors EffectiveFactors(Buyer? buyer, TradeFactors factors)
    {
        if (buyer is null || InsideBuyerTradeFactor == TradeFactor.Neutral)
        {
            return factors;
        }

        return factors.WithAgreementPartners(buyer.Members, InsideBuyerTradeFactor);
    }
}
