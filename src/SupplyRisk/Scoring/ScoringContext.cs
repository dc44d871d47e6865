using System;
using System.Collections.Generic;
using System.Linq;
using SupplyRisk.Criticality;
using SupplyRisk.Data;
using SupplyRisk.Dynamics;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Parts;
using SupplyRisk.Policy;

namespace SupplyRisk.Scoring;

/// <summary>
/// Model + scenario + buyer + date + horizon compiled once: the measures considered and their daily states over the
/// horizon, their effects on the EU-style supply risk and on tariffs, and every material's outlook. Scoring a part
/// then follows each of its materials along its routes day by day. Immutable and thread-safe.
/// </summary>
/// <remarks>The formulas are in docs/methodology.md ("Exposure over time").</remarks>
public sealed class ScoringContext
{
    private readonly Dictionary<MaterialId, MaterialOutlook> _outlooks;
    private readonly Dictionary<MaterialId, string> _unavailable;
    private readonly MeasurePath[] _paths;
    private string? _signature;

    private ScoringContext(ReferenceDataset data, Buyer buyer, Scenario scenario, DateTime asOf, ScoringOptions options, IReadOnlyList<MeasureStatus> measures, ShockEffects effects, ICollection<MaterialId>? only, DateTime? dataAsOf, IReadOnlyList<PolicyAssumption> assumptions)
    {
        DataAsOf = dataAsOf;
        Assumptions = assumptions;
        Data = data;
        Buyer = buyer;
        Scenario = scenario;
        AsOf = asOf.Date;
        Options = options;
        Measures = measures;
        Effects = effects;
        _paths = measures.Select((m, i) => MeasurePath.Create(m.Measure, i, AsOf, options.HorizonDays, scenario.Severity.Licensing)).ToArray();
        _outlooks = new Dictionary<MaterialId, MaterialOutlook>();
        _unavailable = new Dictionary<MaterialId, string>();
        var assessor = new SupplyRiskAssessor(data);
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

    /// <summary>The reference data.</summary>
    public ReferenceDataset Data { get; }

    /// <summary>The buyer.</summary>
    public Buyer Buyer { get; }

    /// <summary>The scenario.</summary>
    public Scenario Scenario { get; }

    /// <summary>The date: day 0 of the horizon.</summary>
    public DateTime AsOf { get; }

    /// <summary>The horizon, cover override and annual volume.</summary>
    public ScoringOptions Options { get; }

    /// <summary>Every measure considered, with its state on <see cref="AsOf"/> and why (measures that start or lapse within the horizon do so in the daily paths).</summary>
    public IReadOnlyList<MeasureStatus> Measures { get; }

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

    /// <summary>Compiles a context with the default options (365 days, each part's own cover).</summary>
    /// <param name="data">The reference data.</param>
    /// <param name="timeline">The policy timeline (used by scenarios that follow it, such as <c>current</c>).</param>
    /// <param name="scenario">The scenario.</param>
    /// <param name="buyer">The buyer.</param>
    /// <param name="asOf">The date.</param>
    public static ScoringContext Compile(ReferenceDataset data, PolicyTimeline timeline, Scenario scenario, Buyer buyer, DateTime asOf) =>
        Compile(data, timeline, scenario, buyer, asOf, ScoringOptions.Default, only: null);

    /// <summary>Compiles a context.</summary>
    /// <param name="data">The reference data.</param>
    /// <param name="timeline">The policy timeline (used by scenarios that follow it, such as <c>current</c>).</param>
    /// <param name="scenario">The scenario.</param>
    /// <param name="buyer">The buyer.</param>
    /// <param name="asOf">The date: day 0 of the horizon.</param>
    /// <param name="options">The horizon, cover override and annual volume.</param>
    public static ScoringContext Compile(ReferenceDataset data, PolicyTimeline timeline, Scenario scenario, Buyer buyer, DateTime asOf, ScoringOptions options) =>
        Compile(data, timeline, scenario, buyer, asOf, options ?? throw new ArgumentNullException(nameof(options)), only: null);

    /// <summary>
    /// Compiles a context whose outlooks cover only <paramref name="only"/> (all materials when null): for callers
    /// that compile many variants to score a few parts, such as a sensitivity analysis.
    /// </summary>
    internal static ScoringContext Compile(ReferenceDataset data, PolicyTimeline timeline, Scenario scenario, Buyer buyer, DateTime asOf, ScoringOptions options, ICollection<MaterialId>? only)
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

        IReadOnlyList<MeasureStatus> measures = scenario.Evaluate(asOf, timeline ?? throw new ArgumentNullException(nameof(timeline)), options.AfterCutoff);
        IReadOnlyList<PolicyAssumption> assumptions = scenario.Assumptions(asOf, options.HorizonDays, timeline, options.AfterCutoff);
        var effects = new ShockEffects(buyer, measures.Where(m => m.State == MeasureState.InForce).Select(m => m.Measure), scenario.Severity, options.HorizonDays);
        return new ScoringContext(data, buyer, scenario, asOf, options, measures, effects, only, scenario.FollowsTimeline ? timeline.DataAsOf : null, assumptions);
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

    /// <summary>Scores a part of <paramref name="catalog"/> (flattened with this context's days of cover).</summary>
    public ExposureReport Score(PartCatalog catalog, string partNumber) =>
        Score((catalog ?? throw new ArgumentNullException(nameof(catalog))).Flatten(partNumber, CoverDaysOf));

    /// <summary>Scores a flattened part (its days of cover are those it was flattened with).</summary>
    /// <exception cref="ArgumentException">A material of the part cannot be scored (unknown, no EU parameters, no price); every one is listed.</exception>
    public ExposureReport Score(FlatPart part)
    {
        if (part is null)
        {
            throw new ArgumentNullException(nameof(part));
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
                1.0 + TariffExcess(l.Flat, l.Outlook), l.MeanPrice, l.MinimumAvailability, l.DayOfMinimum, l.Path));
        }

        double tariffs = totalValue > 0 ? lines.Sum(l => l.Value * TariffExcess(l.Flat, l.Outlook)) / totalValue : 0;
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
            tariffs,
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
        return new Line(flat, outlook, flat.Grams / 1000.0 * outlook.Price!.UsdPerKilogram, models, weights, path, price.Average(), minimum, dayOfMinimum);
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
    /// Time-to-recover of the part: among the inputs whose shortage reached the line (some output lost), the first day
    /// after the first of their flows fell short on which all of their flows are back within tolerance; null when no
    /// output is lost or they do not recover within the horizon. Inputs whose shortfall stocks absorb do not count.
    /// </summary>
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

        SupplyStage last = material.Stages[material.Stages.Count - 1];
        double importTariff = Mix(last).Entries.Sum(e => e.Share * Effects.For(material.Id, last.Kind, e.Country).Tariff);
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

        return new MaterialOutlook(material, risk, importTariff, Data.FindPrice(material.Id), dynamics, onset);
    }

    /// <summary>
    /// Tariff excess of a material in a part (cost multiplier − 1): Σ over where the holding part is made of the
    /// gram share × the tariff paid: the raw-import tariffs where it is made inside the buyer, the part tariff where
    /// it is imported. Computed as a sum of excesses so that no tariff gives exactly 0.
    /// </summary>
    private double TariffExcess(FlatMaterial line, MaterialOutlook outlook)
    {
        if (line.Grams <= 0)
        {
            return 0;
        }

        double total = 0;
        foreach (var made in line.GramsByMadeIn)
        {
            double excess = !made.Key.IsRestOfWorld && Buyer.Contains(made.Key) ? outlook.ImportTariffExcess : Effects.PartTariff(made.Key);
            total += made.Value / line.Grams * excess;
        }

        return total;
    }

    /// <summary>One material of a part followed over the horizon.</summary>
    private sealed class Line
    {
        public Line(FlatMaterial flat, MaterialOutlook outlook, double value, RouteModel[] models, double[] weights, InputTimePath path, double meanPrice, double minimumAvailability, int dayOfMinimum)
        {
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
