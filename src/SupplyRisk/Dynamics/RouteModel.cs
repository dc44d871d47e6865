using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Parts;
using SupplyRisk.Policy;

namespace SupplyRisk.Dynamics;

/// <summary>
/// One material's route to where it is consumed, compiled against a context's measures: the chain of steps its flow
/// takes (its supply stages, then the material-form parts it passes through, then the consuming country), which
/// measures cover each border crossing along the chain, and the expected share of the flow that passes on each day.
/// </summary>
/// <remarks>
/// Locations at each step are independent draws from that step's country shares (a processor sources from the
/// miners in proportion to their shares), so the expected pass-through is a polynomial in the measures' daily pass
/// rates: one term per combination of covered crossings, its coefficient the probability of that combination. The
/// polynomial is built once; each day only the pass rates change (docs/methodology.md, "Where controls bite").
/// </remarks>
internal sealed class RouteModel
{
    private const int BitsPerGroup = 4;
    private const int MaximumGroups = 64 / BitsPerGroup;

    private readonly MaterialId _material;
    private readonly Step[] _steps;
    private readonly int[][] _groups;
    private readonly (ulong Exponents, double Coefficient)[] _polynomial;
    private readonly (int Step, double Share, int Measure)[] _capacity;
    private readonly int[] _demand;
    private readonly double _mass;

    private RouteModel(MaterialId material, Step[] steps, int[][] groups, (ulong, double)[] polynomial, (int, double, int)[] capacity, int[] demand, Dictionary<int, double[]> crossMass)
    {
        _material = material;
        _steps = steps;
        _groups = groups;
        _polynomial = polynomial;
        _capacity = capacity;
        _demand = demand;
        CrossMass = crossMass;
        foreach (var (_, coefficient) in polynomial)
        {
            _mass += coefficient;
        }
    }

    /// <summary>The context indices of every measure that acts on this route.</summary>
    public IEnumerable<int> Measures => _groups.SelectMany(g => g).Concat(_capacity.Select(c => c.Measure)).Concat(_demand).Distinct();

    /// <summary>Per flow or capacity measure, per step, the probability that the flow crosses where it acts (unconditional on passes).</summary>
    public IReadOnlyDictionary<int, double[]> CrossMass { get; }

    /// <summary>The label of step <paramref name="step"/>: a stage name, or the item class of a material-form part.</summary>
    public string StepLabel(int step) => _steps[step].Label;

    /// <summary>The number of steps before the consuming country.</summary>
    public int StepCount => _steps.Length;

    /// <summary>Compiles the route of <paramref name="material"/> along <paramref name="route"/> against <paramref name="measures"/>.</summary>
    /// <param name="material">The material, with its supply stages.</param>
    /// <param name="route">Where the material goes.</param>
    /// <param name="measures">The context's measures, followed over the horizon (only those in force some day matter).</param>
    /// <param name="valueOf">Price (US$/kg) and supply stages of a material, for the content-rule test of a form part; null when unknown.</param>
    public static RouteModel Compile(Material material, MaterialRoute route, IReadOnlyList<MeasurePath> measures, Func<MaterialId, (Material? Material, double? Price)> valueOf)
    {
        MaterialId id = material.Id;
        Step[] chain = Steps(material, route.Forms);
        var next = new CountryShare[chain.Length][];
        for (int j = 0; j < chain.Length; j++)
        {
            next[j] = j + 1 < chain.Length ? chain[j + 1].Locations : new[] { new CountryShare(route.ConsumedIn, 1.0) };
        }

        // Which flow measures cover each crossing; distinct sets become groups.
        var active = measures.Where(m => m.OnsetDay is not null).ToList();
        var groupIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = new List<int[]>();
        var crossMass = new Dictionary<int, double[]>();
        var crossingGroup = new int[chain.Length][][];
        for (int j = 0; j < chain.Length; j++)
        {
            crossingGroup[j] = new int[chain[j].Locations.Length][];
            for (int a = 0; a < chain[j].Locations.Length; a++)
            {
                CountryShare from = chain[j].Locations[a];
                crossingGroup[j][a] = new int[next[j].Length];
                for (int b = 0; b < next[j].Length; b++)
                {
                    CountryShare to = next[j][b];
                    int[] covering = active.Where(m => m.IsFlow && CoversCrossing(m.Measure, id, chain[j], from.Country, to.Country, valueOf)).Select(m => m.Index).ToArray();
                    foreach (int m in covering)
                    {
                        if (!crossMass.TryGetValue(m, out double[]? mass))
                        {
                            mass = new double[chain.Length];
                            crossMass.Add(m, mass);
                        }

                        mass[j] += from.Share * to.Share;
                    }

                    if (covering.Length == 0)
                    {
                        crossingGroup[j][a][b] = -1;
                        continue;
                    }

                    string key = string.Join(",", covering.Select(i => i.ToString(CultureInfo.InvariantCulture)));
                    if (!groupIndex.TryGetValue(key, out int g))
                    {
                        g = groups.Count;
                        if (g >= MaximumGroups)
                        {
                            throw new InvalidOperationException($"The route of '{id}' to {route.ConsumedIn} is covered by more than {MaximumGroups} distinct sets of export measures; SupplyRisk models at most {MaximumGroups}.");
                        }

                        groupIndex.Add(key, g);
                        groups.Add(covering);
                    }

                    crossingGroup[j][a][b] = g;
                }
            }
        }

        // The polynomial: probability mass by combination of crossings (exponent per group), step by step.
        var states = new Dictionary<ulong, double>[chain[0].Locations.Length];
        for (int a = 0; a < states.Length; a++)
        {
            states[a] = new Dictionary<ulong, double> { [0UL] = chain[0].Locations[a].Share };
        }

        for (int j = 0; j < chain.Length; j++)
        {
            var updated = new Dictionary<ulong, double>[next[j].Length];
            for (int b = 0; b < updated.Length; b++)
            {
                updated[b] = new Dictionary<ulong, double>();
            }

            for (int a = 0; a < states.Length; a++)
            {
                for (int b = 0; b < next[j].Length; b++)
                {
                    int g = crossingGroup[j][a][b];
                    double p = next[j][b].Share;
                    foreach (var term in states[a])
                    {
                        ulong exponents = g < 0 ? term.Key : term.Key + (1UL << (BitsPerGroup * g));
                        updated[b].TryGetValue(exponents, out double c);
                        updated[b][exponents] = c + (term.Value * p);
                    }
                }
            }

            states = updated;
        }

        (ulong, double)[] polynomial = states.Single().OrderBy(t => t.Key).Select(t => (t.Key, t.Value)).ToArray();

        // Capacity losses act on the share of a step made where capacity is lost.
        var capacity = new List<(int, double, int)>();
        foreach (MeasurePath m in active.Where(m => m.Measure.Kind == MeasureKind.CapacityLoss))
        {
            for (int j = 0; j < chain.Length; j++)
            {
                if (!CoversStep(m.Measure.Scope, id, chain[j]))
                {
                    continue;
                }

                double share = chain[j].Locations.Where(l => l.Country == m.Measure.Issuer).Sum(l => l.Share);
                if (share > 0)
                {
                    capacity.Add((j, share, m.Index));
                    if (!crossMass.TryGetValue(m.Index, out double[]? mass))
                    {
                        mass = new double[chain.Length];
                        crossMass.Add(m.Index, mass);
                    }

                    mass[j] += share;
                }
            }
        }

        int[] demand = active.Where(m => m.Measure.Kind == MeasureKind.DemandShock && m.Measure.Scope.CoversMaterial(id)).Select(m => m.Index).ToArray();
        return new RouteModel(id, chain, groups.ToArray(), polynomial, capacity.ToArray(), demand, crossMass);
    }

    /// <summary>
    /// What a route's model depends on through the place where the material is consumed: only the last crossing (from
    /// the last step's locations to that place) involves it, and a flow measure covers that crossing according to
    /// whether the place is the crossing's origin, whether the measure reaches it, and whether it is the measure's
    /// issuer. Places with equal keys have identical models, so their daily paths are computed once.
    /// </summary>
    public static string PlaceKey(Material material, IReadOnlyList<FormPart> forms, IReadOnlyList<MeasurePath> measures, CountryCode place)
    {
        Step[] steps = Steps(material, forms);
        CountryShare[] last = steps[steps.Length - 1].Locations;
        var key = new System.Text.StringBuilder(8 + (2 * measures.Count));
        key.Append(Array.FindIndex(last, l => l.Country == place).ToString(CultureInfo.InvariantCulture)).Append(':');
        foreach (MeasurePath m in measures)
        {
            if (m.OnsetDay is not null && m.IsFlow)
            {
                key.Append(m.Measure.Scope.Reaches(place) ? '1' : '0').Append(m.Measure.Issuer == place ? '1' : '0');
            }
        }

        return key.ToString();
    }

    /// <summary>
    /// The expected tariff excess (0.25 = +25 % of the material's value) the material of a route pays at the border
    /// crossings between the steps of its chain, not counting the last crossing into the place where it is consumed:
    /// Σ over steps of Σ over where the step is done and where the next one is of the crossing's probability times the
    /// tariff the next country charges on it as the step's item class (<see cref="ShockEffects.CrossingTariff"/>).
    /// </summary>
    /// <remarks>
    /// Every crossing is charged on the material's reference price: ore and concentrate are worth less than the refined
    /// form, so a tariff on ore is an upper bound of its cost (docs/methodology.md, "Tariffs").
    /// </remarks>
    public static double ChainCrossingTariff(Material material, IReadOnlyList<FormPart> forms, ShockEffects effects)
    {
        Step[] steps = Steps(material, forms);
        double total = 0;
        for (int j = 0; j + 1 < steps.Length; j++)
        {
            total += CrossingTariff(material.Id, steps[j], steps[j + 1].Locations, effects);
        }

        return total;
    }

    /// <summary>
    /// The expected tariff excess of the last crossing of a route: from where its last step is done into
    /// <paramref name="place"/>, where the material is consumed (see <see cref="ChainCrossingTariff"/>).
    /// </summary>
    public static double LastCrossingTariff(Material material, IReadOnlyList<FormPart> forms, CountryCode place, ShockEffects effects)
    {
        Step[] steps = Steps(material, forms);
        return CrossingTariff(material.Id, steps[steps.Length - 1], new[] { new CountryShare(place, 1.0) }, effects);
    }

    private static double CrossingTariff(MaterialId material, Step step, CountryShare[] next, ShockEffects effects)
    {
        StageKind stage = step.Stage ?? StageKind.Manufacturing;
        double total = 0;
        foreach (CountryShare from in step.Locations)
        {
            foreach (CountryShare to in next)
            {
                if (from.Country != to.Country)
                {
                    double rate = effects.CrossingTariff(material, stage, step.ItemClass, from.Country, to.Country);
                    total += from.Share * to.Share * rate;
                }
            }
        }

        return total;
    }

    /// <summary>The steps of a material's route: its supply stages (the manufacturing stage replaced by the material-form parts when there are any), then those parts.</summary>
    private static Step[] Steps(Material material, IReadOnlyList<FormPart> forms)
    {
        var steps = new List<Step>();
        foreach (SupplyStage stage in material.Stages)
        {
            if (stage.Kind == StageKind.Manufacturing && forms.Count > 0)
            {
                continue; // the material-form part is that stage
            }

            steps.Add(Step.ForStage(stage));
        }

        steps.AddRange(forms.Select(Step.ForForm));
        return steps.ToArray();
    }

    /// <summary>
    /// Fills the daily shortfall (share of normal need not supplied) and price multiplier of the route.
    /// </summary>
    /// <param name="measures">The context's measures by index (their daily pass rates and levels).</param>
    /// <param name="dynamics">The material's dynamics (alternative supply, price response).</param>
    /// <param name="onsetDay">The day the material's first shock began (relative to the as-of date); null when none.</param>
    /// <param name="shortfall">Receives 1 − supply / need per day.</param>
    /// <param name="price">Receives the price multiplier per day (may be empty).</param>
    /// <param name="isActive">Which measures act (all when null): for attributing a shortfall to its sources.</param>
    public void Fill(IReadOnlyList<MeasurePath> measures, MaterialDynamics dynamics, int? onsetDay, Span<double> shortfall, Span<double> price, Func<int, bool>? isActive = null)
    {
        int days = shortfall.Length;
        Span<double> groupPass = stackalloc double[_groups.Length];
        Span<double> stepLoss = stackalloc double[_steps.Length];
        for (int t = 0; t < days; t++)
        {
            for (int g = 0; g < _groups.Length; g++)
            {
                double p = 1.0;
                foreach (int m in _groups[g])
                {
                    if (isActive is null || isActive(m))
                    {
                        p = Math.Min(p, measures[m].Pass[t]);
                    }
                }

                groupPass[g] = p;
            }

            // Shares may sum to 1 ± 1e-4 (CountryShares.SumTolerance): the pass-through is taken relative to the total
            // probability mass, so that a route no measure touches passes exactly 1.
            double expected = 0;
            foreach (var (exponents, coefficient) in _polynomial)
            {
                double term = coefficient;
                ulong e = exponents;
                for (int g = 0; e != 0; g++, e >>= BitsPerGroup)
                {
                    for (int k = (int)(e & 0xF); k > 0; k--)
                    {
                        term *= groupPass[g];
                    }
                }

                expected += term;
            }

            expected = _mass > 0 ? expected / _mass : 1.0;

            stepLoss.Clear();
            foreach (var (step, share, m) in _capacity)
            {
                if (isActive is null || isActive(m))
                {
                    stepLoss[step] += share * measures[m].Level[t];
                }
            }

            double capacity = 1.0;
            foreach (double loss in stepLoss)
            {
                capacity = Math.Min(capacity, 1.0 - loss);
            }

            double supply = Math.Max(0.0, Math.Min(1.0, expected * capacity));
            if (onsetDay is int onset && t - onset >= dynamics.AlternativeSupplyLeadDays)
            {
                supply += Math.Min(1.0 - supply, dynamics.AlternativeSupplyShare);
            }

            double demand = 0;
            foreach (int m in _demand)
            {
                if (isActive is null || isActive(m))
                {
                    demand += measures[m].Level[t];
                }
            }

            double u = Math.Max(0.0, 1.0 - (supply / (1.0 + demand)));
            shortfall[t] = u;
            if (!price.IsEmpty)
            {
                price[t] = dynamics.PriceMultiplier(u);
            }
        }
    }

    /// <summary>Whether a flow measure covers the crossing from <paramref name="from"/> at <paramref name="step"/> to <paramref name="to"/> at the next step.</summary>
    private static bool CoversCrossing(PolicyMeasure m, MaterialId material, Step step, CountryCode from, CountryCode to, Func<MaterialId, (Material? Material, double? Price)> valueOf)
    {
        if (from == to)
        {
            return false;
        }

        switch (m.Kind)
        {
            case MeasureKind.ExportLicensing:
            case MeasureKind.ExportQuota:
            case MeasureKind.ExportBan:
                return m.Issuer == from && m.Scope.Reaches(to) && CoversStep(m.Scope, material, step);
            case MeasureKind.Sanction:
                return m.Scope.CoversMaterial(material) && ((m.Issuer == from && m.Scope.Reaches(to)) || (m.Issuer == to && m.Scope.Reaches(from)));
            case MeasureKind.ContentRule:
                return from != m.Issuer && m.Scope.Reaches(to) && m.Scope.CoversClass(step.ItemClass) && (step.Stage is null || step.Stage == StageKind.Manufacturing)
                    && ControlledShare(m, material, step, valueOf) >= m.Magnitude && ControlledShare(m, material, step, valueOf) > 0;
            default:
                return false;
        }
    }

    /// <summary>
    /// A content rule's test: the value share of the step's item held in the rule's materials from its issuer. For a
    /// material-form part, from its grams and prices; for a manufacturing stage standing in for one, the issuer's
    /// share of the material itself when the rule covers it.
    /// </summary>
    private static double ControlledShare(PolicyMeasure rule, MaterialId material, Step step, Func<MaterialId, (Material? Material, double? Price)> valueOf)
    {
        if (step.Form is null)
        {
            return rule.Scope.Materials.Count > 0 && rule.Scope.CoversMaterial(material) && valueOf(material).Material is Material m ? IssuerShare(m, rule.Issuer) : 0;
        }

        double total = 0;
        double controlled = 0;
        foreach (var pair in step.Form.Grams)
        {
            var (m, price) = valueOf(pair.Key);
            if (m is null || price is null)
            {
                continue;
            }

            double value = pair.Value * price.Value;
            total += value;
            if (rule.Scope.Materials.Count > 0 && rule.Scope.CoversMaterial(pair.Key))
            {
                controlled += value * IssuerShare(m, rule.Issuer);
            }
        }

        return total > 0 ? controlled / total : 0;
    }

    /// <summary>The issuer's share of a material's processing stage (its last stage when it has none).</summary>
    private static double IssuerShare(Material material, CountryCode issuer)
    {
        SupplyStage stage = material.Stages.FirstOrDefault(s => s.Kind == StageKind.Processing) ?? material.Stages[material.Stages.Count - 1];
        return stage.Shares.ShareOf(issuer);
    }

    /// <summary>Whether a scope covers a step of a material's route: its stage and the item class of what leaves it.</summary>
    private static bool CoversStep(MeasureScope scope, MaterialId material, Step step) =>
        scope.CoversMaterial(material)
        && (scope.Stages.Count == 0 || scope.Stages.Contains(step.Stage ?? StageKind.Manufacturing))
        && scope.CoversClass(step.ItemClass);

    /// <summary>A step of the chain: a supply stage or a material-form part, with its locations.</summary>
    private sealed class Step
    {
        private Step(StageKind? stage, FormPart? form, ItemClass itemClass, CountryShare[] locations, string label)
        {
            Stage = stage;
            Form = form;
            ItemClass = itemClass;
            Locations = locations;
            Label = label;
        }

        public StageKind? Stage { get; }

        public FormPart? Form { get; }

        /// <summary>The class of what leaves the step: ore after extraction, refined material after processing, a magnet after manufacturing, the part's own class.</summary>
        public ItemClass ItemClass { get; }

        public CountryShare[] Locations { get; }

        public string Label { get; }

        public static Step ForStage(SupplyStage stage) => new(
            stage.Kind,
            null,
            StageKinds.Output(stage.Kind),
            stage.Shares.Entries.ToArray(),
            StageKinds.Name(stage.Kind));

        public static Step ForForm(FormPart form) =>
            new(null, form, form.ItemClass, form.MadeIn.Entries.ToArray(), ItemClasses.Name(form.ItemClass));
    }
}
