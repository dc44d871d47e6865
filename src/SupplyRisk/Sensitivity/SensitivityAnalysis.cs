using System.Collections.Generic;
using System.Linq;
using System;
using SupplyRisk.Data;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Parts;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;

namespace SupplyRisk.Sensitivity;

/// <summary>
/// One-at-a-time sensitivity of a part's score: each input is set to its low and then its high value with every
/// other input at its base value, and the part is rescored (<see cref="ExposureScorer.Score(FlatPart)"/>) under each
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
    /// <param name="scorer">The base case: its data, timeline, scenario, buyer, date and options are the ones swung around.</param>
    /// <param name="catalog">The catalog holding the part.</param>
    /// <param name="partNumber">The part.</param>
    /// <param name="inputs">The inputs to swing, such as <see cref="SensitivityInput.DefaultsFor"/>.</param>
    /// <exception cref="KeyNotFoundException">The part is not in the catalog.</exception>
    /// <exception cref="ArgumentException">The list of inputs contains null; an input names a material or stage the data lacks; or the part cannot be scored (the message says why).</exception>
    public static TornadoTable Run(ExposureScorer scorer, PartCatalog catalog, string partNumber, IEnumerable<SensitivityInput> inputs) =>
        Run(scorer, (scorer ?? throw new ArgumentNullException(nameof(scorer))).Flatten(catalog, partNumber), inputs);

    /// <summary>Runs the analysis for a flattened part (its days of cover are those it was flattened with).</summary>
    /// <param name="scorer">The base case: its data, timeline, scenario, buyer, date and options are the ones swung around.</param>
    /// <param name="part">The part, flattened for the scorer's buyer (<see cref="ExposureScorer.Flatten"/>).</param>
    /// <param name="inputs">The inputs to swing, such as <see cref="SensitivityInput.DefaultsFor"/>.</param>
    /// <exception cref="ArgumentException">The list of inputs contains null; an input names a material or stage the data lacks; or the part cannot be scored (the message says why).</exception>
    public static TornadoTable Run(ExposureScorer scorer, FlatPart part, IEnumerable<SensitivityInput> inputs)
    {
        if (scorer is null)
        {
            throw new ArgumentNullException(nameof(scorer));
        }

        if (part is null)
        {
            throw new ArgumentNullException(nameof(part));
        }

        Buyer buyer = scorer.Buyer;
        DateTime asOf = scorer.AsOf;
        SensitivityInput[] list = (inputs ?? throw new ArgumentNullException(nameof(inputs))).ToArray();
        if (list.Any(i => i is null))
        {
            throw new ArgumentException("The list of sensitivity inputs contains null.", nameof(inputs));
        }

        var used = new HashSet<MaterialId>(part.Materials.Select(l => l.Material));
        double Score(ModelVariant model) => ExposureScorer.Create(model.Data, model.Timeline, model.Scenario, buyer, asOf, model.Options, used).Score(part).Score;

        var baseModel = new ModelVariant(scorer.Data, scorer.Timeline, scorer.Scenario, scorer.Options);
        double baseScore = Score(baseModel);
        var rows = new List<TornadoRow>(list.Length);
        foreach (SensitivityInput input in list)
        {
            double? baseValue = input.BaseValue(baseModel);
            (double low, double high) = input.Range(baseValue);
            rows.Add(new TornadoRow(input, baseValue, low, high, Score(input.Apply(baseModel, low)), Score(input.Apply(baseModel, high))));
        }

        IReadOnlyList<TornadoRow> ranked = rows.OrderByDescending(r => r.Swing).ThenBy(r => r.Input.Name, StringComparer.Ordinal).ToList().AsReadOnly();
        return new TornadoTable(part.Part.PartNumber, part.Part.Name, scorer.Scenario, buyer, asOf.Date, baseScore, ranked);
    }
}
