using System.Collections.Generic;
using System.Globalization;
using System;
using SupplyRisk.Concentration;
using SupplyRisk.Geography;
using SupplyRisk.Materials;

namespace SupplyRisk.Criticality;

/// <summary>
/// The supply-risk (SR) indicator of the EU criticality methodology, reproduced exactly:
/// European Commission (Blengini, G.A. et al.), <i>Methodology for establishing the EU list of critical
/// raw materials: Guidelines</i>, Publications Office of the EU, 2017, doi:10.2873/769526;
/// used for the 2017, 2020 and 2023 EU lists (Grohol &amp; Veeh, <i>Study on the Critical Raw Materials
/// for the EU 2023 – Final Report</i>).
/// </summary>
/// <remarks>
/// <code>
/// SR = [ (HHI_WGI,t)_GS · IR/2 + (HHI_WGI,t)_sourcing · (1 − IR/2) ] · (1 − EoL_RIR) · SI_SR
/// HHI_WGI,t = Σᵢ sᵢ² · WGI'ᵢ · tᵢ,    WGI'ᵢ = 2 · (2.5 − WGIᵢ) ∈ [0, 10]
/// </code>
/// GS is global supply, "sourcing" the buyer's (the EU's) actual sourcing (domestic production plus
/// imports by country), IR the buyer's import reliance, EoL_RIR the end-of-life recycling input rate,
/// SI_SR the substitution index for supply risk and tᵢ the trade-adjustment factor of supplier i.
/// The guideline computes SR per supply stage (extraction, processing) and retains the stage with the
/// highest SR, the bottleneck: see <c>Scoring.SupplyRiskAssessor</c>. Every method here is pure and thread-safe.
/// </remarks>
public static class EuSupplyRisk
{
    /// <summary>
    /// Computes SR from raw published inputs: the supplier countries of global supply and of the
    /// buyer's sourcing, each with share, WGI and trade factor, and the material's IR, EoL-RIR and SI_SR.
    /// </summary>
    /// <param name="globalSupply">
    /// Global supply by country (shares sum to 1, or as <paramref name="convention"/> allows). Ignored for
    /// <see cref="SupplyBasis.SourcingOnly"/>; may be null or empty for <see cref="SupplyBasis.Combined"/> when IR is 0,
    /// since its weight IR/2 is then 0.
    /// </param>
    /// <param name="buyerSourcing">The buyer's sourcing by country (shares sum to 1, or as <paramref name="convention"/> allows). Ignored, and may be null, for <see cref="SupplyBasis.GlobalSupplyOnly"/>.</param>
    /// <param name="importReliance">IR in [0, 1]: (imports − exports) / (domestic production + imports − exports). Used by <see cref="SupplyBasis.Combined"/> only.</param>
    /// <param name="endOfLifeRecyclingInputRate">EoL-RIR in [0, 1].</param>
    /// <param name="substitutionIndex">SI_SR in [0, 1].</param>
    /// <param name="basis">Which supply to compute on.</param>
    /// <param name="convention">How the lists are read: <see cref="ShareConvention.Strict"/> (the default) or <see cref="ShareConvention.AsPublished"/>.</param>
    /// <returns>SR with every term that produced it.</returns>
    /// <exception cref="ArgumentException">Any input is invalid; the message lists every problem.</exception>
    public static SupplyRiskResult Compute(
        IReadOnlyList<SupplierInput>? globalSupply,
        IReadOnlyList<SupplierInput>? buyerSourcing,
        double importReliance,
        double endOfLifeRecyclingInputRate,
        double substitutionIndex,
        SupplyBasis basis = SupplyBasis.Combined,
        ShareConvention? convention = null)
    {
        var problems = new List<string>();
        if (!Enum.IsDefined(typeof(SupplyBasis), basis))
        {
            throw new ArgumentOutOfRangeException(nameof(basis), basis, "Unknown supply basis.");
        }

        convention ??= ShareConvention.Strict;
        bool globalWeightless = basis == SupplyBasis.Combined && importReliance == 0 && (globalSupply is null || globalSupply.Count == 0);
        double? global = basis == SupplyBasis.SourcingOnly || globalWeightless ? null : HhiWgiT(globalSupply, "global supply", convention, problems);
        double? sourcing = basis == SupplyBasis.GlobalSupplyOnly ? null : HhiWgiT(buyerSourcing, "buyer sourcing", convention, problems);
        if (basis == SupplyBasis.Combined)
        {
            CheckFraction(importReliance, "import reliance (IR)", problems);
        }

        CheckFraction(endOfLifeRecyclingInputRate, "end-of-life recycling input rate (EoL-RIR)", problems);
        CheckFraction(substitutionIndex, "substitution index (SI_SR)", problems);
        if (problems.Count > 0)
        {
            throw new ArgumentException("Cannot compute the EU supply risk: " + string.Join("; ", problems) + ".");
        }

        double weighted = basis switch
        {
            SupplyBasis.GlobalSupplyOnly => global!.Value,
            SupplyBasis.SourcingOnly => sourcing!.Value,
            _ => ((global ?? 0.0) * importReliance / 2.0) + (sourcing!.Value * (1.0 - (importReliance / 2.0))),
        };

        double sr = weighted * (1.0 - endOfLifeRecyclingInputRate) * substitutionIndex;
        return new SupplyRiskResult(
            basis,
            global,
            sourcing,
            basis == SupplyBasis.Combined ? importReliance : null,
            endOfLifeRecyclingInputRate,
            substitutionIndex,
            sr);
    }

    /// <summary>Computes SR on global supply only (the EU "GSonly" form, where IR drops out).</summary>
    /// <exception cref="ArgumentException">Any input is invalid; the message lists every problem.</exception>
    public static SupplyRiskResult ComputeGlobalSupplyOnly(IReadOnlyList<SupplierInput> globalSupply, double endOfLifeRecyclingInputRate, double substitutionIndex) =>
        Compute(globalSupply, null, 0, endOfLifeRecyclingInputRate, substitutionIndex, SupplyBasis.GlobalSupplyOnly);

    /// <summary>
    /// HHI_WGI,t of a validated share distribution: Σ sᵢ² · WGI'ᵢ · tᵢ, with governance from
    /// <paramref name="governance"/> and factors from <paramref name="tradeFactors"/>.
    /// </summary>
    /// <exception cref="KeyNotFoundException">A supplier has no governance score.</exception>
    public static double HhiWgiT(CountryShares shares, GovernanceTable governance, TradeFactors? tradeFactors = null)
    {
        if (shares is null)
        {
            throw new ArgumentNullException(nameof(shares));
        }

        if (governance is null)
        {
            throw new ArgumentNullException(nameof(governance));
        }

        TradeFactors factors = tradeFactors ?? TradeFactors.Neutral;
        double sum = 0;
        foreach (CountryShare entry in shares.Entries)
        {
            sum += entry.Share * entry.Share * governance.Get(entry.Country).Scaled * factors.For(entry.Country);
        }

        return sum;
    }

    /// <summary>The inputs of one distribution as <see cref="SupplierInput"/>s, for <see cref="Compute"/>.</summary>
    /// <exception cref="KeyNotFoundException">A supplier has no governance score.</exception>
    public static IReadOnlyList<SupplierInput> ToInputs(CountryShares shares, GovernanceTable governance, TradeFactors? tradeFactors = null)
    {
        if (shares is null)
        {
            throw new ArgumentNullException(nameof(shares));
        }

        if (governance is null)
        {
            throw new ArgumentNullException(nameof(governance));
        }

        TradeFactors factors = tradeFactors ?? TradeFactors.Neutral;
        var inputs = new SupplierInput[shares.Count];
        for (int i = 0; i < inputs.Length; i++)
        {
            CountryShare entry = shares.Entries[i];
            inputs[i] = new SupplierInput(entry.Country, entry.Share, governance.Get(entry.Country), factors.For(entry.Country));
        }

        return inputs;
    }

    private static double? HhiWgiT(IReadOnlyList<SupplierInput>? suppliers, string what, ShareConvention convention, List<string> problems)
    {
        if (suppliers is null || suppliers.Count == 0)
        {
            problems.Add($"{what} has no suppliers");
            return null;
        }

        double sum = 0;
        double total = 0;
        int before = problems.Count;
        var seen = new HashSet<CountryCode>();
        for (int i = 0; i < suppliers.Count; i++)
        {
            SupplierInput? s = suppliers[i];
            if (s is null)
            {
                problems.Add($"{what} supplier {i} is null");
                continue;
            }

            string who = s.Country.IsDefault ? $"supplier {i}" : s.Country.Value;
            if (!s.Country.IsDefault && !seen.Add(s.Country))
            {
                problems.Add($"{what}: {who} is listed more than once");
                continue;
            }

            if (double.IsNaN(s.Share) || s.Share < 0 || s.Share > 1)
            {
                problems.Add($"{what}: the share of {who} is {Format(s.Share)}, outside [0, 1]");
                continue;
            }

            if (!TradeFactor.IsValid(s.TradeFactor))
            {
                problems.Add($"{what}: the trade factor of {who} is {Format(s.TradeFactor)}; it must be finite and positive");
                continue;
            }

            total += s.Share;
            sum += s.Share * s.Share * s.Governance.Scaled * s.TradeFactor;
        }

        if (problems.Count == before && convention.SumProblem(total, suppliers.Count, what) is string sumProblem)
        {
            problems.Add(sumProblem);
        }

        return problems.Count == before ? sum : null;
    }

    private static void CheckFraction(double value, string what, List<string> problems)
    {
        if (double.IsNaN(value) || value < 0 || value > 1)
        {
            problems.Add($"{what} is {Format(value)}, outside [0, 1]");
        }
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
