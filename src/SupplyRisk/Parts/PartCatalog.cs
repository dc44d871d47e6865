using System;
using System.Collections.Generic;
using System.Linq;
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
            var indices = new int[lines.Count];
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
    }

    /// <summary>Every part, in the order given.</summary>
    public IReadOnlyList<Part> Parts { get; }

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

    /// <summary>Whether the catalog has that part.</summary>
    public bool Contains(string partNumber) => partNumber is not null && _index.ContainsKey(partNumber);

    /// <summary>Flattens a part: grams of every material per unit, substitutability, and grams by made-in country.</summary>
    /// <exception cref="KeyNotFoundException">No such part.</exception>
    public FlatPart Flatten(string partNumber)
    {
        Part root = Get(partNumber);
        int rootIndex = _index[root.PartNumber];
        var memo = new Dictionary<int, Dictionary<MaterialId, Accumulator>>();
        foreach (int i in PostOrder(rootIndex))
        {
            var totals = new Dictionary<MaterialId, Accumulator>();
            Part part = _parts[i];
            foreach (MaterialContent content in part.Materials)
            {
                Accumulator acc = Get(totals, content.Material);
                acc.Grams += content.Grams;
                acc.SubstitutabilityGrams += content.Substitutability * content.Grams;
                foreach (CountryShare made in part.MadeIn.Entries)
                {
                    acc.AddCountry(made.Country, content.Grams * made.Share);
                }
            }

            for (int j = 0; j < _children[i].Length; j++)
            {
                double quantity = part.Children[j].Quantity;
                foreach (var pair in memo[_children[i][j]])
                {
                    Get(totals, pair.Key).Add(pair.Value, quantity);
                }
            }

            memo[i] = totals;
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
                p.Value.ByCountry.OrderByDescending(c => c.Value).ThenBy(c => c.Key).ToArray()))
            .ToArray();
        return new FlatPart(root, materials);
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
        public double Grams { get; set; }

        public double SubstitutabilityGrams { get; set; }

        public Dictionary<CountryCode, double> ByCountry { get; } = new();

        public void AddCountry(CountryCode country, double grams) =>
            ByCountry[country] = (ByCountry.TryGetValue(country, out double g) ? g : 0) + grams;

        public void Add(Accumulator child, double quantity)
        {
            Grams += child.Grams * quantity;
            SubstitutabilityGrams += child.SubstitutabilityGrams * quantity;
            foreach (var pair in child.ByCountry)
            {
                AddCountry(pair.Key, pair.Value * quantity);
            }
        }
    }
}
