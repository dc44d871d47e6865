using System;
using System.Collections.Generic;
using SupplyRisk.Engine;
using SupplyRisk.Scoring;

namespace SupplyRisk.Simulation;

/// <summary>
/// The material-, country- and rule-level figures of every trial, laid out item-major
/// (<c>[item × trials + trial]</c>) so that the per-part pass reads each item's trials as one contiguous run.
/// Each trial writes only its own column, so trials can be filled in any order or in parallel.
/// </summary>
internal sealed class TrialTerms
{
    private readonly Dictionary<string, int> _ruleIndex;

    public TrialTerms(int trials, int materials, int countries, IReadOnlyList<string> ruleIds)
    {
        Trials = trials;
        Structural = new double[materials * trials];
        Shortfall = new double[materials * trials];
        RawTariff = new double[materials * trials];
        PartTariff = new double[countries * trials];
        RuleActive = new bool[ruleIds.Count * trials];
        RuleThreshold = new double[ruleIds.Count * trials];
        RuleCut = new double[ruleIds.Count * trials];
        _ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int r = 0; r < ruleIds.Count; r++)
        {
            _ruleIndex.Add(ruleIds[r], r);
        }
    }

    public int Trials { get; }

    /// <summary>Per material, min(1, SR/10) with the trial's trade factors.</summary>
    public double[] Structural { get; }

    /// <summary>Per material, 1 − availability.</summary>
    public double[] Shortfall { get; }

    /// <summary>Per material, the tariff on raw imports by the buyer.</summary>
    public double[] RawTariff { get; }

    /// <summary>Per made-in country, the tariff on parts imported from it.</summary>
    public double[] PartTariff { get; }

    /// <summary>Per content rule, whether it is in force in the trial.</summary>
    public bool[] RuleActive { get; }

    /// <summary>Per content rule, its value-share threshold in the trial.</summary>
    public double[] RuleThreshold { get; }

    /// <summary>Per content rule, the share of affected production cut in the trial.</summary>
    public double[] RuleCut { get; }

    /// <summary>Writes trial <paramref name="trial"/> from its compiled context.</summary>
    public void Fill(int trial, ScoringContext context, CompiledCatalog catalog)
    {
        int n = Trials;
        for (int i = 0; i < catalog.Materials.Count; i++)
        {
            MaterialOutlook outlook = context.GetOutlook(catalog.Materials[i]);
            Structural[(i * n) + trial] = outlook.StructuralRisk;
            Shortfall[(i * n) + trial] = outlook.Shortfall;
            RawTariff[(i * n) + trial] = outlook.ImportTariffExcess;
        }

        for (int k = 0; k < catalog.Countries.Count; k++)
        {
            PartTariff[(k * n) + trial] = context.Effects.PartTariff(catalog.Countries[k]);
        }

        foreach (var rule in context.Effects.ContentRules)
        {
            if (!_ruleIndex.TryGetValue(rule.Id, out int r))
            {
                throw new InvalidOperationException($"Content rule '{rule.Id}' is in force in trial {trial} but was not laid out.");
            }

            RuleActive[(r * n) + trial] = true;
            RuleThreshold[(r * n) + trial] = rule.Magnitude;
            RuleCut[(r * n) + trial] = context.Scenario.Severity.LicensingCut;
        }
    }
}
