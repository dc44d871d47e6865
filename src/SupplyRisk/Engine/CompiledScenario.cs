using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System;
using SupplyRisk.Dynamics;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Parts;
using SupplyRisk.Scoring;

namespace SupplyRisk.Engine;

/// <summary>
/// A <see cref="ExposureScorer"/> (dataset + scenario + buyer + date + horizon) laid out in the column spaces of one
/// <see cref="CompiledCatalog"/>: per material its structural risk, channel stock and traders' threshold; per (material,
/// route) the shortfall it accumulates over the horizon before and after substitutes are available, and its mean
/// scarcity price plus the tariffs it pays at the borders it crosses; per origin of assembled goods (country, class,
/// category) the buyer's tariff on them. Its size is proportional to materials × routes and origins, not to the parts.
/// Immutable and thread-safe.
/// </summary>
public sealed class CompiledScenario
{
    private readonly ExposureScorer? _context;

    private CompiledScenario(ExposureScorer? context, CompiledCatalog catalog, MaterialTerms[] materials, double[] routeDays, double[] routeCost, CountryTerms[] countries, int horizonDays, double coverFactor)
    {
        _context = context;
        HorizonDays = horizonDays;
        CoverFactor = coverFactor;
        Catalog = catalog;
        Materials = materials;
        RouteDays = routeDays;
        RouteCost = routeCost;
        Countries = countries;
        UsesCountries = countries.Any(t => t.PartTariff != 0);
    }

    /// <summary>The context compiled.</summary>
    public ExposureScorer Context => _context ?? throw new InvalidOperationException("This compiled scenario was detached from its context to score a simulation's trials.");

    /// <summary>The horizon in days (the context's).</summary>
    internal int HorizonDays { get; }

    /// <summary>The factor on every buffer (the context's).</summary>
    internal double CoverFactor { get; }

    /// <summary>
    /// The same terms without the context, for holding many trials' scenarios at once: a context keeps every measure's
    /// daily path and every material's outlook, which the kernel does not read. <see cref="Context"/> then throws.
    /// </summary>
    internal CompiledScenario Detached() => new(null, Catalog, Materials, RouteDays, RouteCost, Countries, HorizonDays, CoverFactor);

    /// <summary>The catalog whose column spaces the arrays use.</summary>
    public CompiledCatalog Catalog { get; }

    /// <summary>Per material column, what the kernel reads for it.</summary>
    internal MaterialTerms[] Materials { get; }

    /// <summary>
    /// Per (material column × routes + route), at twice that index, the days of need the route runs short before
    /// substitutes are available, and after it: Σ_{t&lt;T} u(t) and Σ_{t≥T} u(t).
    /// </summary>
    internal double[] RouteDays { get; }

    /// <summary>
    /// Per (material column × routes + route), the mean over the horizon of the price multiplier minus 1, plus the
    /// tariffs the route's material pays at the borders it crosses (<see cref="ExposureScorer.RouteTariff"/>).
    /// </summary>
    internal double[] RouteCost { get; }

    /// <summary>Per origin of assembled goods (<see cref="CompiledCatalog.Origins"/>), what the kernel reads for it.</summary>
    internal CountryTerms[] Countries { get; }

    /// <summary>Whether part tariffs make the per-part country lists worth reading.</summary>
    internal bool UsesCountries { get; }

    /// <summary>Lays a context out for a catalog.</summary>
    /// <exception cref="ArgumentException">
    /// A catalog material cannot be scored (unknown, no EU parameters or no price; every one is listed), or the
    /// catalog was compiled for another buyer, with other prices or with other days of cover than the context's.
    /// </exception>
    public static CompiledScenario Compile(ExposureScorer context, CompiledCatalog catalog) => Compile(context, catalog, null);

    /// <summary>As <see cref="Compile(ExposureScorer, CompiledCatalog)"/>, sharing route models through <paramref name="routes"/> when given.</summary>
    internal static CompiledScenario Compile(ExposureScorer context, CompiledCatalog catalog, RouteModelCache? routes)
    {
        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        if (catalog is null)
        {
            throw new ArgumentNullException(nameof(catalog));
        }

        if (!context.Buyer.Equals(catalog.Buyer))
        {
            throw new ArgumentException($"The catalog was compiled for buyer '{catalog.Buyer}' but the context is for buyer '{context.Buyer}': compile the catalog for that buyer.", nameof(catalog));
        }

        if (context.Options.CoverDays != catalog.CoverDays)
        {
            throw new ArgumentException($"The catalog was compiled with {Days(catalog.CoverDays)} but the context asks for {Days(context.Options.CoverDays)}: compile the catalog with the context's cover.", nameof(catalog));
        }

        int m = catalog.Materials.Count;
        var outlooks = new MaterialOutlook[m];
        var problems = new List<string>();
        for (int i = 0; i < m; i++)
        {
            MaterialId id = catalog.Materials[i];
            try
            {
                MaterialOutlook outlook = context.GetOutlook(id);
                if (outlook.Price is null)
                {
                    problems.Add($"material '{id}' has no reference price");
                    continue;
                }

                if (outlook.Price.UsdPerKilogram != catalog.UsdPerKilogram(i))
                {
                    problems.Add(string.Format(CultureInfo.InvariantCulture, "material '{0}' is priced {1:R} USD/kg in the context's dataset but the catalog was compiled at {2:R} USD/kg", id, outlook.Price.UsdPerKilogram, catalog.UsdPerKilogram(i)));
                    continue;
                }

                outlooks[i] = outlook;
            }
            catch (KeyNotFoundException e)
            {
                problems.Add(e.Message);
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("The catalog cannot be scored: " + string.Join("; ", problems));
        }

        ScoringOptions options = context.Options;
        var materials = new MaterialTerms[m];
        var routeDays = new double[2 * m * catalog.RouteCount];
        var routeCost = new double[m * catalog.RouteCount];
        var chains = new ChainForms(catalog);
        for (int i = 0; i < m; i++)
        {
            MaterialOutlook outlook = outlooks[i];
            MaterialDynamics dynamics = outlook.Dynamics;
            Span<double> cost = routeCost.AsSpan(i * catalog.RouteCount, catalog.RouteCount);
            bool isShort = FillRoutes(context, catalog, outlook, routeDays.AsSpan(2 * i * catalog.RouteCount, 2 * catalog.RouteCount), cost, chains, routes);
            AddRouteTariffs(context, catalog, outlook, cost, chains, routes);
            bool costed = false;
            for (int r = 0; r < cost.Length && !costed; r++)
            {
                costed = cost[r] != 0; // scarcity prices or crossing tariffs
            }

            double spotValue = dynamics.TraderStockKilogramsPerYear * outlook.Price!.UsdPerKilogram / options.AnnualUnits;
            materials[i] = new MaterialTerms(outlook.StructuralRisk, isShort, costed, options.CoverFactor * dynamics.ChannelCoverDays, spotValue);
        }

        var countries = new CountryTerms[catalog.Origins.Count];
        for (int k = 0; k < countries.Length; k++)
        {
            GoodsOrigin origin = catalog.Origins[k];
            countries[k] = new CountryTerms(context.Effects.AssembledGoodsTariff(origin.Country, origin.ItemClass, origin.Category, origin.HsCode, origin.Maker));
        }

        return new CompiledScenario(context, catalog, materials, routeDays, routeCost, countries, options.HorizonDays, options.CoverFactor);
    }

    /// <summary>
    /// Fills one material's route days short and mean price excess; returns whether any route is short or priced above
    /// normal (otherwise the kernel skips the material's days).
    /// </summary>
    private static bool FillRoutes(ExposureScorer context, CompiledCatalog catalog, MaterialOutlook outlook, Span<double> days, Span<double> prices, ChainForms chains, RouteModelCache? routes)
    {
        if (outlook.OnsetDay is null)
        {
            return false;
        }

        int horizon = context.Options.HorizonDays;
        var shortfall = new double[horizon];
        var price = new double[horizon];
        int places = catalog.Places.Count;
        bool any = false;
        int substitutionDay = (int)Math.Min(horizon, Math.Max(0, Math.Ceiling(outlook.OnsetDay.Value + outlook.Dynamics.SubstitutionLeadDays)));

        // Places that no measure tells apart share one path (exactly: their route models are identical), which
        // makes a scenario's compilation, and so each Monte Carlo trial, cost paths per distinct place, not per place.
        var done = new Dictionary<string, int>(StringComparer.Ordinal);
        FormPart[] chain = Array.Empty<FormPart>();
        for (int r = 0; r < prices.Length; r++)
        {
            if (r % places == 0)
            {
                done.Clear();
                chain = chains[r / places];
            }

            string key = context.RoutePlaceKey(outlook, chain, catalog.Places[r % places]);
            if (done.TryGetValue(key, out int same))
            {
                days[2 * r] = days[2 * same];
                days[(2 * r) + 1] = days[(2 * same) + 1];
                prices[r] = prices[same];
                continue;
            }

            done.Add(key, r);
            var route = new MaterialRoute(chain, catalog.Places[r % places], 1.0);
            if (routes is null)
            {
                context.FillRoute(outlook, route, shortfall, price);
            }
            else
            {
                context.FillRoute(outlook, route, shortfall, price, routes, string.Concat(outlook.Material.Id.Value, "|", (r / places).ToString(CultureInfo.InvariantCulture), "|", key));
            }
            double before = 0;
            double after = 0;
            double excess = 0;
            for (int t = 0; t < horizon; t++)
            {
                if (t < substitutionDay)
                {
                    before += shortfall[t];
                }
                else
                {
                    after += shortfall[t];
                }

                excess += price[t] - 1.0;
            }

            days[2 * r] = before;
            days[(2 * r) + 1] = after;
            prices[r] = excess / horizon;
            any |= before > 0 || after > 0 || excess != 0;
        }

        return any;
    }

    /// <summary>
    /// Adds to each of one material's routes the tariffs it pays at the borders it crosses. The crossings inside a chain
    /// are computed once per chain, the last one once per place; with a cache, once per distinct set of tariffs in force
    /// (a Monte Carlo run's trials share them).
    /// </summary>
    private static void AddRouteTariffs(ExposureScorer context, CompiledCatalog catalog, MaterialOutlook outlook, Span<double> cost, ChainForms chains, RouteModelCache? routes)
    {
        if (!context.HasTariffs)
        {
            return;
        }

        double Tariff(string key, Func<double> compute) =>
            routes is null ? compute() : routes.GetOrAddTariff(context.TariffSignature + "|" + key, compute);

        int places = catalog.Places.Count;
        for (int k = 0; k < catalog.Chains.Length; k++)
        {
            FormPart[] chain = chains[k];
            string chainKey = outlook.Material.Id.Value + "|" + k.ToString(CultureInfo.InvariantCulture);
            double inner = Tariff(chainKey, () => RouteModel.ChainCrossingTariff(outlook.Material, chain, context.Effects));
            for (int p = 0; p < places; p++)
            {
                CountryCode place = catalog.Places[p];
                cost[(k * places) + p] += inner + Tariff(chainKey + "|" + place.Value, () => RouteModel.LastCrossingTariff(outlook.Material, chain, place, context.Effects));
            }
        }
    }

    /// <summary>
    /// The material-form parts of each of the catalog's chains, each built the first time it is asked for and shared by
    /// every material of one compilation (a form part is flattened once, as the reference flattens it).
    /// </summary>
    private sealed class ChainForms
    {
        private readonly CompiledCatalog _catalog;
        private readonly FormPart[]?[] _chains;
        private readonly Dictionary<int, FormPart> _forms = new();

        public ChainForms(CompiledCatalog catalog)
        {
            _catalog = catalog;
            _chains = new FormPart[catalog.Chains.Length][];
        }

        public FormPart[] this[int chain] => _chains[chain] ??= _catalog.Chains[chain].Select(Form).ToArray();

        private FormPart Form(int part)
        {
            if (!_forms.TryGetValue(part, out FormPart? form))
            {
                Part p = _catalog.PartAt(part);
                FlatPart flat = _catalog.Source.Flatten(p.PartNumber);
                form = new FormPart(p, flat.Materials.Select(m => new KeyValuePair<MaterialId, double>(m.Material, m.Grams)).ToArray());
                _forms.Add(part, form);
            }

            return form;
        }
    }

    private static string Days(double? cover) =>
        cover is double d ? string.Format(CultureInfo.InvariantCulture, "{0:R} days of cover of every part", d) : "each part's own days of cover";

    /// <summary>What the kernel reads per material.</summary>
    internal readonly struct MaterialTerms
    {
        public MaterialTerms(double structural, bool isShort, bool costed, double channelCover, double spotValue)
        {
            Structural = structural;
            Short = isShort;
            Costed = costed;
            Affected = isShort || costed;
            ChannelCover = channelCover;
            SpotValue = spotValue;
        }

        /// <summary>min(1, SR/10) under the scenario's trade factors.</summary>
        public double Structural { get; }

        /// <summary>The material's channel stock in days, times the cover factor.</summary>
        public double ChannelCover { get; }

        /// <summary>Value per unit (US$) at or below which traders' stock serves the need.</summary>
        public double SpotValue { get; }

        /// <summary>Whether any route of the material is short, or priced above normal, within the horizon (the days are read).</summary>
        public bool Short { get; }

        /// <summary>Whether any route of the material costs more than normal: scarcity prices or crossing tariffs (the costs are read).</summary>
        public bool Costed { get; }

        /// <summary><see cref="Short"/> or <see cref="Costed"/>: whether the kernel reads the material's routes at all.</summary>
        public bool Affected { get; }
    }

    /// <summary>What the kernel reads per origin of assembled goods.</summary>
    internal readonly struct CountryTerms
    {
        public CountryTerms(double partTariff)
        {
            PartTariff = partTariff;
        }

        /// <summary>The buyer's tariff excess on assembled goods of that origin.</summary>
        public double PartTariff { get; }
    }
}
