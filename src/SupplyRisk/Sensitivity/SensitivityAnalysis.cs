using System;
using System.Collections.Generic;
using System.Linq;
using SupplyRisk.Data;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Parts;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;

namespace SupplyRisk.Sensitivity;

/// <summary>
/// One-at-a-time sensitivity of a part's score: each input is set to its low and then its high value with every
/// other input at its base value, and the part is rescored (<see cref="ScoringContext.Score(FlatPart)"/>) under each
/// variant. The result is a tornado table ranked by swing. Nothing the caller passed is changed: variants are copies
/// (<see cref="ReferenceDataset.WithMaterial"/>, <see cref="CountryShares.WithShare"/>). Thread-safe.
/// </summary>
/// <remarks>
/// One-at-a-time swings do not show interactions (two inputs that matter only together); a Monte Carlo run
/// (<see cref="Simulation.MonteCarloSimulation"/>) does. Each variant recompiles the outlooks of the part's materials only.
/// </remarks>
public static class SensitivityAnalysis
{
    /// <summary>Runs the analysis for one part (a product's root part, or any sub-assembly) of a catalog.</summary>
    /// <param name="data">The reference data.</param>
    /// <param name="timeline">The policy timeline.</param>
    /// <param name="scenario">The base scenario.</param>
    /// <param name="buyer">The buyer.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="catalog">The catalog holding the part.</param>
    /// <param name="partNumber">The part.</param>
    /// <param name="inputs">The inputs to swing, such as <see cref="SensitivityInput.DefaultsFor"/>.</param>
    /// <param name="options">The horizon, covers and volume; null for <see cref="ScoringOptions.Default"/>.</param>
    /// <exception cref="KeyNotFoundException">The part is not in the catalog.</exception>
    /// <exception cref="ArgumentException">The list of inputs contains null; an input names a material or stage the data lacks; or the part cannot be scored (the message says why).</exception>
    public static TornadoTable Run(ReferenceDataset data, PolicyTimeline timeline, Scenario scenario, Buyer buyer, DateTime asOf, PartCatalog catalog, string partNumber, IEnumerable<SensitivityInput> inputs, ScoringOptions? options)
    {
        if (catalog is null)
        {
            throw new ArgumentNullException(nameof(catalog));
        }

        if (data is null)
        {
            throw new ArgumentNullException(nameof(data));
        }

        ScoringOptions o = options ?? ScoringOptions.Default;
        return Run(data, timeline, scenario, buyer, asOf, catalog.Flatten(partNumber, p => data.CoverDaysOf(p, o.CoverDays), buyer), inputs, o);
    }

    /// <summary>Runs the analysis for a flattened part (its days of cover are those it was flattened with).</summary>
    /// <inheritdoc cref="Run(ReferenceDataset, PolicyTimeline, Scenario, Buyer, DateTime, PartCatalog, string, IEnumerable{SensitivityInput}, ScoringOptions)"/>
    public static TornadoTable Run(ReferenceDataset data, PolicyTimeline timeline, Scenario scenario, Buyer buyer, DateTime asOf, FlatPart part, IEnumerable<SensitivityInput> inputs, ScoringOptions? options)
    {
        if (data is null)
        {
            throw new ArgumentNullException(nameof(data));
        }

        if (timeline is null)
        {
            throw new ArgumentNullException(nameof(timeline));
        }

        if (scenario is null)
        {
            throw new ArgumentNullException(nameof(scenario));
        }

        if (buyer is null)
        {
            throw new ArgumentNullException(nameof(buyer));
        }

        if (part is null)
        {
            throw new ArgumentNullException(nameof(part));
        }

        SensitivityInput[] list = (inputs ?? throw new ArgumentNullException(nameof(inputs))).ToArray();
        if (list.Any(i => i is null))
        {
            throw new ArgumentException("The list of sensitivity inputs contains null.", nameof(inputs));
        }

        var used = new HashSet<MaterialId>(part.Materials.Select(l => l.Material));
        double Score(ModelVariant model) => ScoringContext.Compile(model.Data, model.Timeline, model.Scenario, buyer, asOf, model.Options, used).Score(part).Score;

        var baseModel = new ModelVariant(data, timeline, scenario, options ?? ScoringOptions.Default);
        double baseScore = Score(baseModel);
        var rows = new List<TornadoRow>(list.Length);
        foreach (SensitivityInput input in list)
        {
            double? baseValue = input.BaseValue(baseModel);
            (double low, double high) = input.Range(baseValue);
            rows.Add(new TornadoRow(input, baseValue, low, high, Score(input.Apply(baseModel, low)), Score(input.Apply(baseModel, high))));
        }

        IReadOnlyList<TornadoRow> ranked = rows.OrderByDescending(r => r.Swing).ThenBy(r => r.Input.Name, StringComparer.Ordinal).ToList().AsReadOnly();
        return new TornadoTable(part.Part.PartNumber, part.Part.Name, scenario, buyer, asOf.Date, baseScore, ranked);
    }
}
