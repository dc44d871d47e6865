using System.Collections.Generic;
using System.Linq;
using System;
using SupplyRisk.Criticality;
using SupplyRisk.Data;
using SupplyRisk.Dynamics;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Parts;
using SupplyRisk.Policy;

namespace SupplyRisk.Scoring;

/// <summary>
/// Model + scenario + buyer + date + horizon resolved once: the measures considered and their daily states over the
/// horizon, their effects on the EU-style supply risk and on tariffs, and every material's outlook. Scoring a part
/// then follows each of its materials along its routes day by day. Immutable and thread-safe.
/// </summary>
/// <remarks>The formulas are in docs/methodology.md ("Exposure over time").</remarks>
public sealed class ExposureScorer
{
    private readonly Dictionary<MaterialId, MaterialOutlook> _outlooks;
    private readonly Dictionary<MaterialId, string> _unavailable;
    private readonly MeasurePath[] _paths;
    private string? _signature;
    private string? _tariffSignature;

    private ExposureScorer(ReferenceDataset data, PolicyTimeline timeline, Buyer buyer, Scenario scenario, DateTime asOf, ScoringOptions options, IReadOnlyList<MeasureAsOf> measures, ShockEffects effects, ICollection<MaterialId>? only, DateTime? dataAsOf, IReadOnlyList<PolicyAssumption> assumptions)
    {
        DataAsOf = dataAsOf;
        Assumptions = assumptions;
        Data = data;
        Timeline = timeline;
        Buyer = buyer;
        Scenario = scenario;
        AsOf = asOf.Date;
        Options = options;
        Measures = measures;
        Effects = effects;
        _paths = measures.Select((m, i) => MeasurePath.Create(m.Measure, i, AsOf, options.HorizonDays, scenario.Severity.Licensing)).ToArray();
        _outlooks = new Dictionary<MaterialId, MaterialOutlook>();
        _unavailable = new Dictionary<MaterialId, string>();
        var assessor = new SupplyRiskAssessor(data, options.InsideBuyerTradeFactor);
        foreach (Material material in data.Materials)
        {
            if (only is not null && !only.Contains(material.Id))
            {
                continue;
            }

            if (SupplyRiskAssessor.CanAssess(material, out string reason))
            {
                _outlooks.Add(material.Id, Outlook(material, assessor));
            }
            else
            {
                _unavailable.Add(material.Id, reason);
            }
        }
    }

    /// <summary>
    /// The most reports one call returns (<see cref="ScoreAll"/>, and batches built on it), 10,000: a report keeps its
    /// day-by-day paths (about 110–150 KiB for a built-in product, measured), so 10,000 hold about 1.5 GB. Score larger
    /// catalogs with the compiled engine (<c>Engine.CompiledCatalog</c>), which keeps scores only.
    /// </summary>
    public const int MaximumBatchReports = 10_000;

    /// <summary>The reference data.</summary>
    public ReferenceDataset Data { get; }

    /// <summary>The policy timeline (followed by scenarios such as <c>current</c>).</summary>
    public PolicyTimeline Timeline { get; }

    /// <summary>The buyer.</summary>
    public Buyer Buyer { get; }

    /// <summary>The scenario.</summary>
    public Scenario Scenario { get; }

    /// <summary>The date: day 0 of the horizon.</summary>
    public DateTime AsOf { get; }

    /// <summary>The horizon, cover override, annual volume, after-cut-off rule and inside-buyer trade factor.</summary>
    public ScoringOptions Options { get; }

    /// <summary>Every measure considered, with its state on <see cref="AsOf"/> and why (measures that start or lapse within the horizon do so in the daily paths).</summary>
    public IReadOnlyList<MeasureAsOf> Measures { get; }

    /// <summary>The policy timeline's data cut-off, when the scenario follows a timeline that states one.</summary>
    public DateTime? DataAsOf { get; }

    /// <summary>
    /// The changes of measures recorded after the data cut-off and before the horizon ends, with what
    /// <see cref="ScoringOptions.AfterCutoff"/> assumes of each; empty when none.
    /// </summary>
    public IReadOnlyList<PolicyAssumption> Assumptions { get; }

    /// <summary>The effects of the measures in force on <see cref="AsOf"/> on supply risk (trade factors) and tariffs.</summary>
    public ShockEffects Effects { get; }

    /// <summary>The measures followed day by day, by index.</summary>
    internal IReadOnlyList<MeasurePath> MeasurePaths => _paths;

    /// <summary>Creates a scorer with the default options (365 days, each part's own cover).</summary>
    /// <param name="data">The reference data.</param>
    /// <param name="timeline">The policy timeline (used by scenarios that follow it, such as <c>current</c>).</param>
    /// <param name="scenario">The scenario.</param>
    /// <param name="buyer">The buyer.</param>
    /// <param name="asOf">The date.</param>
    public static ExposureScorer Create(ReferenceDataset data, PolicyTimeline timeline, Scenario scenario, Buyer buyer, DateTime asOf) =>
        Create(data, timeline, scenario, buyer, asOf, ScoringOptions.Default, only: null);

    /// <summary>Creates a scorer.</summary>
    /// <param name="data">The reference data.</param>
    /// <param name="timeline">The policy timeline (used by scenarios that follow it, such as <c>current</c>).</param>
    /// <param name="scenario">The scenario.</param>
    /// <param name="buyer">The buyer.</param>
    /// <param name="asOf">The date: day 0 of the horizon.</param>
    /// <param name="options">The horizon, cover override and annual volume.</param>
    public static ExposureScorer Create(ReferenceDataset data, PolicyTimeline timeline, Scenario scenario, Buyer buyer, DateTime asOf, ScoringOptions options) =>
        Create(data, timeline, scenario, buyer, asOf, options ?? throw new ArgumentNullException(nameof(options)), only: null);

    /// <summary>
    /// Creates a scorer whose outlooks cover only <paramref name="only"/> (all materials when null): for callers
    /// that create many variants to score a few parts, such as a sensitivity analysis.
    /// </summary>
    internal static ExposureScorer Create(ReferenceDataset data, PolicyTimeline timeline, Scenario scenario, Buyer buyer, DateTime asOf, ScoringOptions options, ICollection<MaterialId>? only)
    {
        if (data is null)
        {
            throw new ArgumentNullException(nameof(data));
        }

        if (scenario is null)
        {
            throw new ArgumentNullException(nameof(scenario));
        }

        if (buyer is null)
        {
            throw new ArgumentNullException(nameof(buyer));
        }

        IReadOnlyList<MeasureAsOf> measures = scenario.Evaluate(asOf, timeline ?? throw new ArgumentNullException(nameof(timeline)), options.AfterCutoff);
        IReadOnlyList<PolicyAssumption> assumptions = scenario.Assumptions(asOf, options.HorizonDays, timeline, options.AfterCutoff);
        var effects = new ShockEffects(buyer, measures.Where(m => m.State == MeasureState.InForce).Select(m => m.Measure), scenario.Severity, options.HorizonDays);
        return new ExposureScorer(data, timeline, buyer, scenario, asOf, options, measures, effects, only, scenario.FollowsTimeline ? timeline.DataAsOf : null, assumptions);
    }

    /// <summary>The outlook of a material.</summary>
    /// <exception cref="KeyNotFoundException">The material is unknown, or lacks the EU parameters SR needs.</exception>
    public MaterialOutlook GetOutlook(MaterialId material)
    {
        if (_outlooks.TryGetValue(material, out MaterialOutlook? outlook))
        {
            return outlook;
        }

        throw new KeyNotFoundException(_unavailable.TryGetValue(material, out string? reason)
            ? $"Material '{material}' cannot be scored: {reason}."
            : $"Material '{material}' is not in the dataset.");
    }

    /// <summary>
    /// The days of cover held of a part by its user under this context: the options' override, else the part's own,
    /// else the dataset's default for its category and item class.
    /// </summary>
    public double CoverDaysOf(Part part) => Data.CoverDaysOf(part, Options.CoverDays);

    /// <summary>Scores a part of <paramref name="catalog"/> (flattened with this context's days of cover, for its buyer).</summary>
    public ExposureReport Score(PartCatalog catalog, string partNumber) => Score(Flatten(catalog, partNumber));

    /// <summary>Scores a product of <paramref name="products"/> (its root part, flattened as <see cref="Score(PartCatalog, string)"/> does).</summary>
    /// <exception cref="KeyNotFoundException">No such product; the message lists the known ids.</exception>
    public ExposureReport Score(ProductCatalog products, string productId) =>
        Score((products ?? throw new ArgumentNullException(nameof(products))).Parts, products.Get(productId).RootPart);

    /// <summary>
    /// Scores every top-level part of <paramref name="catalog"/> (<see cref="PartCatalog.TopLevelParts"/>: each product
    /// or assembly a BOM file describes), in catalog order.
    /// </summary>
    /// <exception cref="ArgumentException">More than <see cref="MaximumBatchReports"/> top-level parts, or a material of a part cannot be scored (every one of that part is listed).</exception>
    public IReadOnlyList<ExposureReport> ScoreAll(PartCatalog catalog)
    {
        int count = (catalog ?? throw new ArgumentNullException(nameof(catalog))).TopLevelParts.Count;
        if (count > MaximumBatchReports)
        {
            throw new ArgumentException($"The catalog has {count:N0} top-level parts, over the limit of {MaximumBatchReports:N0} reports a call (ExposureScorer.MaximumBatchReports): score them in parts, or score scores only with the compiled engine.", nameof(catalog));
        }

        return Array.AsReadOnly(catalog.TopLevelParts.Select(p => Score(catalog, p.PartNumber)).ToArray());
    }

    /// <summary>Flattens a part of <paramref name="catalog"/> as this context scores it: with its days of cover, for its buyer.</summary>
    /// <exception cref="KeyNotFoundException">No such part.</exception>
    public FlatPart Flatten(PartCatalog catalog, string partNumber) =>
        (catalog ?? throw new ArgumentNullException(nameof(catalog))).Flatten(partNumber, CoverDaysOf, Buyer);

    /// <summary>Scores a flattened part (its days of cover are those it was flattened with).</summary>
    /// <exception cref="ArgumentException">
    /// The part was not flattened for this context's buyer (see <see cref="Flatten(PartCatalog, string)"/>), or a
    /// material of the part cannot be scored (unknown, no EU parameters, no price); every one is listed.
    /// </exception>
    public ExposureReport Score(FlatPart part)
    {
        if (part is null)
        {
            throw new ArgumentNullException(nameof(part));
        }

        if (part.Importer is null || !part.Importer.Equals(Buyer))
        {
            throw new ArgumentException(
                $"Part '{part.Part.PartNumber}' was flattened {(part.Importer is null ? "without an importer" : $"for buyer '{part.Importer}'")} but this context scores for buyer '{Buyer}': the part tariffs depend on what the buyer imports. Flatten it with ExposureScorer.Flatten(catalog, partNumber) or PartCatalog.Flatten(partNumber, coverDays, importer).",
                nameof(part));
        }

        var problems = new List<string>();
        var lines = new List<Line>();
        foreach (FlatMaterial line in part.Materials)
        {
            if (!_outlooks.TryGetValue(line.Material, out MaterialOutlook? outlook))
            {
                problems.Add(_unavailable.TryGetValue(line.Material, out string? why) ? why : $"material '{line.Material}' is not in the dataset");
                continue;
            }

            if (outlook.Price is null)
            {
                problems.Add($"material '{line.Material}' has no reference price (add it with a material-prices file)");
                continue;
            }

            lines.Add(Follow(line, outlook));
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException($"Part '{part.Part.PartNumber}' cannot be scored: " + string.Join("; ", problems) + ".");
        }

        double totalValue = lines.Sum(l => l.Value);
        double Weight(double value) => totalValue > 0 ? value / totalValue : 0;

        // Structural risk R, and F: the most-lost input decides.
        double structural = 0;
        double shortfall = 0;
        int binding = -1;
        for (int i = 0; i < lines.Count; i++)
        {
            structural += Weight(lines[i].Value) * lines[i].Outlook.StructuralRisk;
            if (lines[i].Path.OutputLost > shortfall)
            {
                shortfall = lines[i].Path.OutputLost;
                binding = i;
            }
        }

        double score = 100.0 * ((structural * (1.0 - shortfall)) + shortfall);

        // Attribution: structural terms scaled by (1 − F); F to the sources of the binding input's shortfall.
        var byCountry = new Accumulator();
        var byStage = new Accumulator();
        var exposures = new List<MaterialExposure>(lines.Count);
        for (int i = 0; i < lines.Count; i++)
        {
            Line l = lines[i];
            double structuralPoints = 100.0 * Weight(l.Value) * l.Outlook.StructuralRisk * (1.0 - shortfall);
            StageSupplyRisk bottleneck = l.Outlook.SupplyRisk.Bottleneck;
            double sr = l.Outlook.SupplyRisk.Value;
            if (sr > 0)
            {
                foreach (var term in bottleneck.ByCountry())
                {
                    byCountry.Add(term.Key.Value, structuralPoints * term.Value / sr, 0);
                }
            }

            byStage.Add(StageKinds.Name(bottleneck.Stage.Kind), structuralPoints, 0);
            double shortfallPoints = i == binding ? 100.0 * shortfall : 0;
            if (shortfallPoints > 0)
            {
                Attribute(l, shortfallPoints, byCountry, byStage);
            }

            exposures.Add(new MaterialExposure(
                l.Outlook, l.Flat.Grams, l.Flat.Substitutability, Weight(l.Value), structuralPoints + shortfallPoints, structuralPoints, shortfallPoints,
                1.0 + l.MaterialTariff + l.PartTariff, l.MeanPrice, l.MinimumAvailability, l.DayOfMinimum, l.Path));
        }

        double materialTariffs = totalValue > 0 ? lines.Sum(l => l.Value * l.MaterialTariff) / totalValue : 0;
        double partTariffs = totalValue > 0 ? lines.Sum(l => l.Value * l.PartTariff) / totalValue : 0;
        double prices = totalValue > 0 ? lines.Sum(l => l.Value * (l.MeanPrice - 1.0)) / totalValue : 0;
        int? survive = lines.Select(l => l.Path.TimeToSurviveDays).Where(d => d is not null).Min();
        InputTimePath? shown = binding >= 0
            ? lines[binding].Path
            : lines.OrderByDescending(l => l.Path.Availability.Sum(a => 1.0 - a)).Select(l => l.Path).FirstOrDefault();
        return new ExposureReport(
            part.Part.PartNumber,
            part.Part.Name,
            Buyer,
            Scenario,
            AsOf,
            Options.HorizonDays,
            score,
            structural,
            shortfall,
            binding >= 0 ? lines[binding].Flat.Material.Value : null,
            binding >= 0 ? lines[binding].Flat.ContainingPart : null,
            survive,
            TimeToRecover(lines),
            materialTariffs,
            partTariffs,
            prices,
            exposures.OrderByDescending(e => e.Score).ThenBy(e => e.Material).ToList().AsReadOnly(),
            shown,
            byCountry.ToList(),
            byStage.ToList(),
            Measures,
            DataAsOf,
            Options.AfterCutoff,
            Assumptions);
    }

    /// <summary>
    /// The daily shortfall of a material along one route (1 − supply / need, before stocks and substitution) and its
    /// price multiplier, for a notebook or chart.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The material cannot be scored.</exception>
    public (double[] Shortfall, double[] PriceMultiplier) RoutePath(MaterialId material, MaterialRoute route)
    {
        MaterialOutlook outlook = GetOutlook(material);
        var shortfall = new double[Options.HorizonDays];
        var price = new double[Options.HorizonDays];
        Route(outlook, route ?? throw new ArgumentNullException(nameof(route))).Fill(_paths, outlook.Dynamics, outlook.OnsetDay, shortfall, price);
        return (shortfall, price);
    }

    /// <summary>Fills one route's daily shortfall and price multiplier (for the compiled engine).</summary>
    internal void FillRoute(MaterialOutlook outlook, MaterialRoute route, Span<double> shortfall, Span<double> price) =>
        Route(outlook, route).Fill(_paths, outlook.Dynamics, outlook.OnsetDay, shortfall, price);

    /// <summary>
    /// As <see cref="FillRoute(MaterialOutlook, MaterialRoute, Span{double}, Span{double})"/>, taking the route's model
    /// from <paramref name="cache"/> under <paramref name="routeKey"/> (which must name the material, its forms and its
    /// place key) combined with this context's <see cref="MeasureSignature"/>.
    /// </summary>
    internal void FillRoute(MaterialOutlook outlook, MaterialRoute route, Span<double> shortfall, Span<double> price, RouteModelCache cache, string routeKey) =>
        cache.GetOrAdd(MeasureSignature + "|" + routeKey, () => Route(outlook, route)).Fill(_paths, outlook.Dynamics, outlook.OnsetDay, shortfall, price);

    /// <summary>
    /// What route models depend on in this context's measures: their ids in order, whether each is followed within the
    /// horizon, and the content rules' thresholds. Contexts with equal signatures compile equal models for equal routes.
    /// </summary>
    internal string MeasureSignature => _signature ??= string.Join(
        ";",
        _paths.Select(p => p.Measure.Id + (p.OnsetDay is null ? "-" : "+") + (p.Measure.Kind == MeasureKind.ContentRule ? p.Measure.Magnitude.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : string.Empty)));

    /// <summary>Whether any tariff is in force on the as-of date (else no route pays any).</summary>
    internal bool HasTariffs => Effects.Measures.Any(m => m.Kind == MeasureKind.Tariff);

    /// <summary>
    /// What route tariffs depend on in this context: the tariffs in force, with their rates. Contexts with equal
    /// signatures charge equal tariffs on equal routes.
    /// </summary>
    internal string TariffSignature => _tariffSignature ??= string.Join(
        ";",
        Effects.Measures.Where(m => m.Kind == MeasureKind.Tariff).Select(m => m.Id + "=" + m.Magnitude.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>Routes of a material through the same forms whose places have equal keys have the same daily path (<see cref="RouteModel.PlaceKey"/>).</summary>
    internal string RoutePlaceKey(MaterialOutlook outlook, IReadOnlyList<FormPart> forms, CountryCode place) =>
        RouteModel.PlaceKey(outlook.Material, forms, _paths, place);

    /// <summary>Follows one flattened material along its routes over the horizon.</summary>
    private Line Follow(FlatMaterial flat, MaterialOutlook outlook)
    {
        int days = Options.HorizonDays;
        MaterialDynamics dynamics = outlook.Dynamics;
        var models = flat.Routes.Select(r => Route(outlook, r)).ToArray();
        double[] weights = RouteWeights(flat);
        var flows = new double[models.Length][];
        var price = new double[days];
        var raw = new double[days];
        var m = new double[days];
        for (int r = 0; r < models.Length; r++)
        {
            var u = new double[days];
            models[r].Fill(_paths, dynamics, outlook.OnsetDay, u, m);
            for (int t = 0; t < days; t++)
            {
                price[t] += weights[r] * m[t];
                raw[t] += weights[r] * u[t];
                u[t] = flat.Grams > 0 ? Substitutability(flat, outlook, t) * u[t] : 0;
            }

            flows[r] = u;
        }

        if (models.Length == 0)
        {
            for (int t = 0; t < days; t++)
            {
                price[t] = 1.0;
            }
        }

        // The lowest share of normal supply along the routes, before substitution and stocks.
        double minimum = 1.0;
        int dayOfMinimum = 0;
        for (int t = 0; t < days; t++)
        {
            if (1.0 - raw[t] < minimum)
            {
                minimum = 1.0 - raw[t];
                dayOfMinimum = t;
            }
        }

        bool fromTraders = flat.Grams > 0 && flat.Grams * Options.AnnualUnits / 1000.0 <= dynamics.TraderStockKilogramsPerYear;
        double cover = Options.CoverFactor * (flat.CoverDays + dynamics.ChannelCoverDays);
        InputTimePath path = InputTimePath.Follow(flat.Material, flat.ContainingPart, cover, fromTraders, weights, flows);
        double materialTariff = 0;
        for (int r = 0; r < models.Length; r++)
        {
            materialTariff += weights[r] * RouteTariff(outlook.Material, flat.Routes[r].Forms, flat.Routes[r].ConsumedIn);
        }

        double value = flat.Grams / 1000.0 * outlook.Price!.UsdPerKilogram;
        return new Line(flat, outlook, value, models, weights, path, price.Average(), minimum, dayOfMinimum, flat.Grams > 0 ? materialTariff : 0, PartTariff(flat));
    }

    /// <summary>
    /// The expected tariff excess a material pays at the border crossings of one route, from its first stage to where
    /// it is consumed (<see cref="RouteModel.ChainCrossingTariff"/> and <see cref="RouteModel.LastCrossingTariff"/>).
    /// </summary>
    internal double RouteTariff(Material material, IReadOnlyList<FormPart> forms, CountryCode consumedIn) =>
        RouteModel.ChainCrossingTariff(material, forms, Effects) + RouteModel.LastCrossingTariff(material, forms, consumedIn, Effects);

    /// <summary>
    /// Tariff excess of a material from the buyer's tariffs on the assembled goods it enters the buyer in: Σ over
    /// origins of the grams share × the tariff on that class and category from that country.
    /// </summary>
    private double PartTariff(FlatMaterial line)
    {
        if (line.Grams <= 0)
        {
            return 0;
        }

        double total = 0;
        foreach (var imported in line.ImportedGrams)
        {
            total += imported.Value / line.Grams * Effects.AssembledGoodsTariff(imported.Key.Country, imported.Key.ItemClass, imported.Key.Category, imported.Key.HsCode, imported.Key.Maker);
        }

        return total;
    }

    /// <summary>σ once substitutes are available (the material's substitution lead time after its first shock), else 1.</summary>
    private static double Substitutability(FlatMaterial flat, MaterialOutlook outlook, int day) =>
        outlook.OnsetDay is int onset && day - onset >= outlook.Dynamics.SubstitutionLeadDays ? flat.Substitutability : 1.0;

    /// <summary>Each route's share of the material's grams (equal shares when it weighs nothing).</summary>
    private static double[] RouteWeights(FlatMaterial flat) =>
        flat.Routes.Select(r => flat.Grams > 0 ? r.Grams / flat.Grams : 1.0 / flat.Routes.Count).ToArray();

    private RouteModel Route(MaterialOutlook outlook, MaterialRoute route) =>
        RouteModel.Compile(outlook.Material, route, _paths, id =>
            (Data.TryGetMaterial(id, out Material material) ? material : null, Data.FindPrice(id)?.UsdPerKilogram));

    /// <summary>Splits the binding input's points over the sources of its shortfall, by the deficit each causes alone.</summary>
    private void Attribute(Line line, double points, Accumulator byCountry, Accumulator byStage)
    {
        int days = Options.HorizonDays;
        int[] sources = line.Models.SelectMany(m => m.Measures).Distinct().OrderBy(i => i).ToArray();
        var deficits = new double[sources.Length];
        var u = new double[days];
        for (int s = 0; s < sources.Length; s++)
        {
            int source = sources[s];
            for (int r = 0; r < line.Models.Length; r++)
            {
                line.Models[r].Fill(_paths, line.Outlook.Dynamics, line.Outlook.OnsetDay, u, Span<double>.Empty, i => i == source);
                for (int t = 0; t < days; t++)
                {
                    deficits[s] += line.Weights[r] * Substitutability(line.Flat, line.Outlook, t) * u[t];
                }
            }
        }

        double total = deficits.Sum();
        for (int s = 0; s < sources.Length; s++)
        {
            double share = total > 0 ? deficits[s] / total : 1.0 / sources.Length;
            if (share <= 0)
            {
                continue;
            }

            PolicyMeasure measure = _paths[sources[s]].Measure;
            double sourcePoints = points * share;
            if (measure.Kind == MeasureKind.DemandShock)
            {
                byCountry.Add(ExposureModel.DemandSource, 0, sourcePoints);
                byStage.Add(ExposureModel.DemandSource, 0, sourcePoints);
                continue;
            }

            byCountry.Add(measure.Issuer.Value, 0, sourcePoints);
            var steps = new Dictionary<string, double>(StringComparer.Ordinal);
            for (int r = 0; r < line.Models.Length; r++)
            {
                if (line.Models[r].CrossMass.TryGetValue(sources[s], out double[]? mass))
                {
                    for (int j = 0; j < mass.Length; j++)
                    {
                        string label = line.Models[r].StepLabel(j);
                        steps[label] = (steps.TryGetValue(label, out double w) ? w : 0) + (line.Weights[r] * mass[j]);
                    }
                }
            }

            double stepTotal = steps.Values.Sum();
            foreach (var step in steps.Where(p => p.Value > 0))
            {
                byStage.Add(step.Key, 0, sourcePoints * step.Value / stepTotal);
            }

            if (stepTotal <= 0)
            {
                byStage.Add(StageKinds.Name(line.Outlook.SupplyRisk.Bottleneck.Stage.Kind), 0, sourcePoints);
            }
        }

        if (sources.Length == 0)
        {
            byCountry.Add(ExposureModel.DemandSource, 0, points);
            byStage.Add(ExposureModel.DemandSource, 0, points);
        }
    }

    /// <summary>
    /// Over the inputs that cost output, the day after the last day any of them is short of need (the inputs' own rule,
    /// <see cref="InputTimePath.RecoveryAfter"/>, applied to the latest of their last short days).
    /// </summary>
    private int? TimeToRecover(List<Line> lines) =>
        InputTimePath.RecoveryAfter(lines.Where(l => l.Path.OutputLost > 0).Max(l => l.Path.LastShortDay), Options.HorizonDays);

    private MaterialOutlook Outlook(Material material, SupplyRiskAssessor assessor)
    {
        BuyerMaterialProfile? profile = Data.FindProfile(Buyer, material.Id);
        CountryShares Mix(SupplyStage stage) => profile?.SourcingFor(stage.Kind) ?? stage.Shares;

        // SR with the scenario's trade factors, stage by stage.
        MaterialSupplyRisk risk = assessor.AssessByStage(material.Id, Buyer, kind =>
        {
            SupplyStage stage = material.GetStage(kind);
            TradeFactors factors = TradeFactors.Neutral;
            foreach (CountryCode country in stage.Shares.Entries.Select(e => e.Country).Concat(Mix(stage).Entries.Select(e => e.Country)).Distinct())
            {
                double t = Effects.For(material.Id, kind, country).TradeFactor;
                if (t != 1.0)
                {
                    factors = factors.With(country, t);
                }
            }

            return factors;
        });

        int? onset = _paths
            .Where(p => p.OnsetDay is not null && p.Measure.Kind != MeasureKind.Tariff
                && (p.Measure.Kind == MeasureKind.ContentRule || p.Measure.Scope.CoversMaterial(material.Id))) // a content rule licenses every material of a listed item
            .Select(p => p.OnsetDay)
            .Min();
        MaterialDynamics dynamics = Data.DynamicsOf(material.Id);
        if (Options.LeadTimeFactor != 1.0)
        {
            dynamics = dynamics.With(
                alternativeSupplyLeadDays: Math.Min(MaterialDynamics.MaximumDays, dynamics.AlternativeSupplyLeadDays * Options.LeadTimeFactor),
                substitutionLeadDays: Math.Min(MaterialDynamics.MaximumDays, dynamics.SubstitutionLeadDays * Options.LeadTimeFactor));
        }

        return new MaterialOutlook(material, risk, Data.FindPrice(material.Id), dynamics, onset);
    }

    /// <summary>One material of a part followed over the horizon.</summary>
    private sealed class Line
    {
        public Line(FlatMaterial flat, MaterialOutlook outlook, double value, RouteModel[] models, double[] weights, InputTimePath path, double meanPrice, double minimumAvailability, int dayOfMinimum, double materialTariff, double partTariff)
        {
            MaterialTariff = materialTariff;
            PartTariff = partTariff;
            Flat = flat;
            Outlook = outlook;
            Value = value;
            Models = models;
            Weights = weights;
            Path = path;
            MeanPrice = meanPrice;
            MinimumAvailability = minimumAvailability;
            DayOfMinimum = dayOfMinimum;
        }

        public FlatMaterial Flat { get; }

        public MaterialOutlook Outlook { get; }

        public double Value { get; }

        public RouteModel[] Models { get; }

        public double[] Weights { get; }

        public InputTimePath Path { get; }

        public double MeanPrice { get; }

        public double MinimumAvailability { get; }

        public int DayOfMinimum { get; }

        /// <summary>The tariff excess paid at the border crossings along the material's routes.</summary>
        public double MaterialTariff { get; }

        /// <summary>The tariff excess from the buyer's tariffs on the assembled goods the material enters it in.</summary>
        public double PartTariff { get; }
    }

    private sealed class Accumulator
    {
        private readonly Dictionary<string, (double Structural, double Shortfall)> _values = new(StringComparer.Ordinal);

        public void Add(string key, double structural, double shortfall)
        {
            _values.TryGetValue(key, out var v);
            _values[key] = (v.Structural + structural, v.Shortfall + shortfall);
        }

        public IReadOnlyList<Contribution> ToList() =>
            _values.Select(p => new Contribution(p.Key, p.Value.Structural + p.Value.Shortfall, p.Value.Structural, p.Value.Shortfall))
                .OrderByDescending(c => c.Score).ThenBy(c => c.Key, StringComparer.Ordinal).ToList().AsReadOnly();
    }
}
