using System.Collections.Generic;
using System.Linq;
using System;
using SupplyRisk.Geography;
using SupplyRisk.Materials;

namespace SupplyRisk.Parts;

/// <summary>
/// A set of parts forming multi-level bills of materials (a DAG: sub-assemblies may be shared). Checked
/// when built: unique part numbers, known children, no cycle (the cycle is named). Flattening is iterative,
/// so depth is limited by memory, not by the call stack. Immutable and thread-safe.
/// </summary>
public sealed class PartCatalog
{
    private readonly Dictionary<string, int> _index;
    private readonly Part[] _parts;
    private readonly int[][] _children;

    /// <summary>Creates a catalog.</summary>
    /// <exception cref="ArgumentException">A part number repeats, a child is unknown, or the BOM has a cycle; the message names them.</exception>
    public PartCatalog(IEnumerable<Part> parts)
    {
        _parts = (parts ?? throw new ArgumentNullException(nameof(parts))).ToArray();
        _index = new Dictionary<string, int>(_parts.Length, StringComparer.Ordinal);
        var problems = new List<string>();
        for (int i = 0; i < _parts.Length; i++)
        {
            if (_parts[i] is null)
            {
                throw new ArgumentException($"Part {i} is null.", nameof(parts));
            }

            if (_index.ContainsKey(_parts[i].PartNumber))
            {
                problems.Add($"part number '{_parts[i].PartNumber}' is used more than once");
            }
            else
            {
                _index.Add(_parts[i].PartNumber, i);
            }
        }

        _children = new int[_parts.Length][];
        for (int i = 0; i < _parts.Length; i++)
        {
            var lines = _parts[i].Children;
            int[] indices = lines.Count == 0 ? Array.Empty<int>() : new int[lines.Count];
            for (int j = 0; j < lines.Count; j++)
            {
                if (!_index.TryGetValue(lines[j].ChildPartNumber, out indices[j]))
                {
                    problems.Add($"part '{_parts[i].PartNumber}' has unknown child '{lines[j].ChildPartNumber}'");
                    indices[j] = -1;
                }
            }

            _children[i] = indices;
        }

        if (problems.Count == 0)
        {
            string? cycle = FindCycle();
            if (cycle is not null)
            {
                problems.Add("the bill of materials has a cycle: " + cycle);
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid part catalog: " + string.Join("; ", problems) + ".", nameof(parts));
        }

        Parts = Array.AsReadOnly(_parts);
        var isChild = new bool[_parts.Length];
        foreach (int[] children in _children)
        {
            foreach (int child in children)
            {
                isChild[child] = true;
            }
        }

        TopLevelParts = Array.AsReadOnly(_parts.Where((_, i) => !isChild[i]).ToArray());
    }

    /// <summary>Every part, in the order given.</summary>
    public IReadOnlyList<Part> Parts { get; }

    /// <summary>
    /// The parts no other part uses as a child, in the order given: the products or assemblies a BOM file describes.
    /// Every acyclic catalog with parts has at least one.
    /// </summary>
    public IReadOnlyList<Part> TopLevelParts { get; }

    /// <summary>The parts as an array, in the order given (for the compiled engine).</summary>
    internal Part[] PartArray => _parts;

    /// <summary>Each part's children as indices into <see cref="PartArray"/>, in BOM-line order.</summary>
    internal int[][] ChildIndices => _children;

    /// <summary>Every part, children before parents (each once).</summary>
    internal List<int> TopologicalOrder()
    {
        var order = new List<int>(_parts.Length);
        var done = new bool[_parts.Length];
        var stack = new Stack<(int Part, int NextChild)>();
        for (int start = 0; start < _parts.Length; start++)
        {
            if (done[start])
            {
                continue;
            }

            done[start] = true;
            stack.Push((start, 0));
            while (stack.Count > 0)
            {
                var (part, next) = stack.Pop();
                if (next < _children[part].Length)
                {
                    stack.Push((part, next + 1));
                    int child = _children[part][next];
                    if (!done[child])
                    {
                        done[child] = true;
                        stack.Push((child, 0));
                    }
                }
                else
                {
                    order.Add(part);
                }
            }
        }

        return order;
    }

    /// <summary>The part with that number.</summary>
    /// <exception cref="KeyNotFoundException">No such part.</exception>
    public Part Get(string partNumber) =>
        _index.TryGetValue(partNumber ?? throw new ArgumentNullException(nameof(partNumber)), out int i)
            ? _parts[i]
            : throw new KeyNotFoundException($"Part '{partNumber}' is not in the catalog.");

    /// <summary>
    /// The number of levels of the deepest bill of materials in the catalog (a part without children is 1 level) and the
    /// part at its top; (0, null) for an empty catalog. Iterative: a deep chain does not exhaust the call stack.
    /// </summary>
    internal (int Depth, string? Part) DeepestRoot()
    {
        var levels = new int[_parts.Length];
        int best = 0;
        string? top = null;
        foreach (int part in TopologicalOrder())
        {
            int level = 1;
            foreach (int child in _children[part])
            {
                level = Math.Max(level, levels[child] + 1);
            }

            levels[part] = level;
            if (level > best)
            {
                best = level;
                top = _parts[part].PartNumber;
            }
        }

        return (best, top);
    }

    /// <summary>Whether the catalog has that part.</summary>
    public bool Contains(string partNumber) => partNumber is not null && _index.ContainsKey(partNumber);

    /// <summary>
    /// Flattens a part: grams of every material per unit, substitutability, grams by made-in country, the routes by
    /// which each material reaches the part, and the days of cover along each material's least-covered path.
    /// </summary>
    /// <param name="partNumber">The part to flatten.</param>
    /// <param name="coverDays">
    /// Days of cover held of each part by its user; default: the part's <see cref="Part.CoverDays"/>, or 0 when it has none.
    /// </param>
    /// <param name="importer">
    /// The buyer whose imports of assembled goods to trace (<see cref="FlatMaterial.ImportedGrams"/>, what assembled-goods
    /// tariffs act on); default: none. A <see cref="Scoring.ExposureScorer"/> scores only parts flattened for its buyer.
    /// </param>
    /// <exception cref="KeyNotFoundException">No such part.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="coverDays"/> returns NaN, a negative or an infinite number.</exception>
    public FlatPart Flatten(string partNumber, Func<Part, double>? coverDays = null, Buyer? importer = null)
    {
        Part root = Get(partNumber);
        int rootIndex = _index[root.PartNumber];
        Func<Part, double> cover = coverDays ?? (p => p.CoverDays ?? 0);
        var memo = new Dictionary<int, Dictionary<MaterialId, Accumulator>>();
        var forms = new Dictionary<int, FormPart>();
        foreach (int i in PostOrder(rootIndex))
        {
            var totals = new Dictionary<MaterialId, Accumulator>();
            Part part = _parts[i];
            bool form = part.ItemClass.IsMaterialForm();
            foreach (MaterialContent content in part.Materials)
            {
                Accumulator acc = Get(totals, content.Material);
                acc.Grams += content.Grams;
                acc.SubstitutabilityGrams += content.Substitutability * content.Grams;
                foreach (CountryShare made in part.MadeIn.Entries)
                {
                    acc.AddCountry(made.Country, content.Grams * made.Share);
                }

                acc.OfferCover(0, part.PartNumber);
                if (form)
                {
                    acc.AddPending(new[] { i }, content.Grams);
                }
                else
                {
                    acc.AddRoutes(Array.Empty<int>(), part.MadeIn, content.Grams);
                }
            }

            for (int j = 0; j < _children[i].Length; j++)
            {
                int child = _children[i][j];
                double quantity = part.Children[j].Quantity;
                double childCover = CheckCover(cover(_parts[child]), _parts[child]);
                foreach (var pair in memo[child])
                {
                    Get(totals, pair.Key).Add(pair.Value, quantity, childCover, i, form, part.MadeIn);
                }
            }

            if (importer is not null && !form)
            {
                // The part enters the importer whole where it is made outside; inside, its children's imports stand.
                double inside = part.MadeIn.Entries.Where(e => !e.Country.IsRestOfWorld && importer.Contains(e.Country)).Sum(e => e.Share);
                foreach (Accumulator acc in totals.Values)
                {
                    acc.ImportWhole(part, inside, importer);
                }
            }

            memo[i] = totals;
            if (form)
            {
                forms[i] = new FormPart(part, totals.OrderBy(p => p.Key).Select(p => new KeyValuePair<MaterialId, double>(p.Key, p.Value.Grams)).ToArray());
            }
        }

        foreach (var pair in memo[rootIndex])
        {
            CheckFlatGrams(root.PartNumber, pair.Key, pair.Value.Grams);
        }

        var materials = memo[rootIndex]
            .OrderBy(p => p.Key)
            .Select(p => new FlatMaterial(
                p.Key,
                p.Value.Grams,
                p.Value.Grams > 0 ? p.Value.SubstitutabilityGrams / p.Value.Grams : MaxSubstitutability(rootIndex, p.Key),
                p.Value.ByCountry.OrderByDescending(c => c.Value).ThenBy(c => c.Key).ToArray(),
                p.Value.Routes(rootIndex, root.MadeIn, forms),
                p.Value.Cover,
                p.Value.CoverPart!,
                p.Value.Imports.OrderByDescending(c => c.Value).ThenBy(c => c.Key.Country).ThenBy(c => c.Key.ItemClass).ThenBy(c => c.Key.Category).ToArray()))
            .ToArray();
        return new FlatPart(root, materials, importer);
    }

    private static double CheckCover(double days, Part part)
    {
        if (double.IsNaN(days) || double.IsInfinity(days) || days < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, $"The days of cover of part '{part.PartNumber}' must be a finite, non-negative number.");
        }

        return days;
    }

    /// <summary>The largest flattened content accepted, 1e15 g (a billion tonnes): beyond it quantities are wrong.</summary>
    public const double MaximumFlatGrams = 1e15;

    /// <summary>Whether a flattened content is non-finite or above <see cref="MaximumFlatGrams"/>.</summary>
    internal static bool IsImplausibleFlatGrams(double grams) => double.IsNaN(grams) || grams > MaximumFlatGrams;

    /// <summary>Throws when quantities multiplied down a BOM give an implausible or non-finite total.</summary>
    internal static void CheckFlatGrams(string partNumber, MaterialId material, double grams)
    {
        if (IsImplausibleFlatGrams(grams))
        {
            throw new ArgumentException($"Part '{partNumber}' flattens to {grams.ToString("G4", System.Globalization.CultureInfo.InvariantCulture)} g of {material}, above {MaximumFlatGrams:G0} g: check the quantities down its bill of materials.");
        }
    }

    private double MaxSubstitutability(int rootIndex, MaterialId material) =>
        PostOrder(rootIndex).SelectMany(i => _parts[i].Materials).Where(m => m.Material == material).Select(m => m.Substitutability).DefaultIfEmpty(1).Max();

    private static Accumulator Get(Dictionary<MaterialId, Accumulator> totals, MaterialId material)
    {
        if (!totals.TryGetValue(material, out Accumulator? acc))
        {
            acc = new Accumulator();
            totals.Add(material, acc);
        }

        return acc;
    }

    /// <summary>Parts reachable from <paramref name="root"/>, children before parents, each once.</summary>
    private List<int> PostOrder(int root)
    {
        var order = new List<int>();
        var visited = new HashSet<int>();
        var stack = new Stack<(int Part, int NextChild)>();
        stack.Push((root, 0));
        visited.Add(root);
        while (stack.Count > 0)
        {
            var (part, next) = stack.Pop();
            if (next < _children[part].Length)
            {
                stack.Push((part, next + 1));
                int child = _children[part][next];
                if (visited.Add(child))
                {
                    stack.Push((child, 0));
                }
            }
            else
            {
                order.Add(part);
            }
        }

        return order;
    }

    /// <summary>Finds a cycle anywhere in the catalog and names it, e.g. <c>A → B → C → A</c>.</summary>
    private string? FindCycle()
    {
        var state = new byte[_parts.Length]; // 0 new, 1 on the path, 2 done
        var path = new List<int>();
        var stack = new Stack<(int Part, int NextChild)>();
        for (int start = 0; start < _parts.Length; start++)
        {
            if (state[start] != 0)
            {
                continue;
            }

            stack.Push((start, 0));
            state[start] = 1;
            path.Add(start);
            while (stack.Count > 0)
            {
                var (part, next) = stack.Pop();
                if (next < _children[part].Length)
                {
                    stack.Push((part, next + 1));
                    int child = _children[part][next];
                    if (state[child] == 1)
                    {
                        int from = path.LastIndexOf(child);
                        return string.Join(" → ", path.Skip(from).Append(child).Select(i => _parts[i].PartNumber));
                    }

                    if (state[child] == 0)
                    {
                        state[child] = 1;
                        path.Add(child);
                        stack.Push((child, 0));
                    }
                }
                else
                {
                    state[part] = 2;
                    path.RemoveAt(path.Count - 1);
                }
            }
        }

        return null;
    }

    private sealed class Accumulator
    {
        /// <summary>Grams by (forms chain, consumption country) for routes whose consumption place is known.</summary>
        private readonly Dictionary<(string Chain, CountryCode Country), double> _routes = new();

        /// <summary>Grams by forms chain for routes still inside material-form parts (consumed where the next user is made).</summary>
        private readonly Dictionary<string, double> _pending = new(StringComparer.Ordinal);

        public double Grams { get; set; }

        public double SubstitutabilityGrams { get; set; }

        public double Cover { get; private set; } = double.PositiveInfinity;

        public string? CoverPart { get; private set; }

        public Dictionary<CountryCode, double> ByCountry { get; } = new();

        /// <summary>Grams entering the importer inside assembled goods, by origin.</summary>
        public Dictionary<GoodsOrigin, double> Imports { get; } = new();

        /// <summary>
        /// For an assembled part: its children's imports count only through the share made inside the importer, and the
        /// share made outside enters whole, as the part's class and category from where it is made.
        /// </summary>
        public void ImportWhole(Part part, double insideShare, Buyer importer)
        {
            foreach (GoodsOrigin key in Imports.Keys.ToArray())
            {
                Imports[key] *= insideShare;
            }

            foreach (CountryShare made in part.MadeIn.Entries)
            {
                if (made.Country.IsRestOfWorld || !importer.Contains(made.Country))
                {
                    AddImport(new GoodsOrigin(made.Country, part.ItemClass, part.Category, part.HsCode, part.Maker), Grams * made.Share);
                }
            }
        }

        private void AddImport(GoodsOrigin origin, double grams) =>
            Imports[origin] = (Imports.TryGetValue(origin, out double g) ? g : 0) + grams;

        public void AddCountry(CountryCode country, double grams) =>
            ByCountry[country] = (ByCountry.TryGetValue(country, out double g) ? g : 0) + grams;

        /// <summary>Keeps the least-covered path (the first offered on a tie).</summary>
        public void OfferCover(double days, string containingPart)
        {
            if (days < Cover)
            {
                Cover = days;
                CoverPart = containingPart;
            }
        }

        public void AddPending(IReadOnlyList<int> chain, double grams)
        {
            string key = ChainKey(chain);
            _pending[key] = (_pending.TryGetValue(key, out double g) ? g : 0) + grams;
        }

        public void AddRoutes(IReadOnlyList<int> chain, CountryShares consumedIn, double grams) =>
            AddRoutes(ChainKey(chain), consumedIn, grams);

        /// <summary>A forms chain (part indices, innermost first) as a dictionary key.</summary>
        private static string ChainKey(IEnumerable<int> chain) =>
            string.Join(",", chain.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        private static IEnumerable<int> ParseChain(string key) =>
            key.Length == 0 ? Enumerable.Empty<int>() : key.Split(',').Select(i => int.Parse(i, System.Globalization.CultureInfo.InvariantCulture));

        /// <summary>Adds a child's totals times <paramref name="quantity"/>, held <paramref name="childCover"/> days by <paramref name="parent"/>.</summary>
        public void Add(Accumulator child, double quantity, double childCover, int parent, bool parentIsForm, CountryShares parentMadeIn)
        {
            Grams += child.Grams * quantity;
            SubstitutabilityGrams += child.SubstitutabilityGrams * quantity;
            foreach (var pair in child.ByCountry)
            {
                AddCountry(pair.Key, pair.Value * quantity);
            }

            foreach (var pair in child.Imports)
            {
                AddImport(pair.Key, pair.Value * quantity);
            }

            OfferCover(childCover + child.Cover, child.CoverPart!);
            foreach (var pair in child._routes)
            {
                AddRoute(pair.Key, pair.Value * quantity);
            }

            foreach (var pair in child._pending)
            {
                if (parentIsForm)
                {
                    AddPending(ParseChain(pair.Key).Append(parent).ToArray(), pair.Value * quantity);
                }
                else
                {
                    AddRoutes(pair.Key, parentMadeIn, pair.Value * quantity);
                }
            }
        }

        /// <summary>The routes at the top part: pending routes of a material-form top part are consumed where it is made, without passing through it.</summary>
        public IReadOnlyList<MaterialRoute> Routes(int root, CountryShares rootMadeIn, IReadOnlyDictionary<int, FormPart> forms)
        {
            var all = new Dictionary<(string Chain, CountryCode Country), double>(_routes);
            foreach (var pair in _pending)
            {
                string chain = ChainKey(ParseChain(pair.Key).Where(i => i != root));
                foreach (CountryShare made in rootMadeIn.Entries)
                {
                    var key = (chain, made.Country);
                    all[key] = (all.TryGetValue(key, out double g) ? g : 0) + (pair.Value * made.Share);
                }
            }

            return all
                .OrderByDescending(p => p.Value).ThenBy(p => p.Key.Country).ThenBy(p => p.Key.Chain, StringComparer.Ordinal)
                .Select(p => new MaterialRoute(
                    ParseChain(p.Key.Chain).Select(i => forms[i]).ToArray(),
                    p.Key.Country,
                    p.Value))
                .ToArray();
        }

        private void AddRoutes(string chain, CountryShares consumedIn, double grams)
        {
            foreach (CountryShare made in consumedIn.Entries)
            {
                AddRoute((chain, made.Country), grams * made.Share);
            }
        }

        private void AddRoute((string Chain, CountryCode Country) key, double grams) =>
            _routes[key] = (_routes.TryGetValue(key, out double g) ? g : 0) + grams;
    }
}
