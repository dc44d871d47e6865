using System.Collections.Generic;
using System;
using SupplyRisk.Materials;
using SupplyRisk.Parts;

namespace SupplyRisk.Engine;

/// <summary>
/// The chains of material-form parts (magnets, targets, …) through which materials reach the parts that consume them,
/// numbered once for a catalog: chain 0 is the empty chain; <see cref="Extend"/> gives the chain a part's materials take
/// when it passes a form child's row on. A route is then (chain, place) and numbered <c>chain × places + place</c>.
/// Chains are numbered in the order rows are computed (level, then catalog order, then BOM-line order), so the
/// numbering does not depend on the thread count.
/// </summary>
internal sealed class RouteChains
{
    private readonly Dictionary<(int Chain, int FormPart), int> _extend = new();

    private RouteChains()
    {
        Chains.Add(Array.Empty<int>());
    }

    /// <summary>Per chain, the form parts (catalog indices), innermost first.</summary>
    public List<int[]> Chains { get; } = new();

    public int Count => Chains.Count;

    /// <summary>The chain <paramref name="chain"/> followed by form part <paramref name="formPart"/>.</summary>
    public int Extend(int chain, int formPart) => _extend[(chain, formPart)];

    /// <summary>Numbers every chain the catalog's rows hold (only chain 0 when no part is a material form).</summary>
    public static RouteChains Number(Part[] parts, int[][] children, int[] partOfRow)
    {
        var result = new RouteChains();
        bool anyForm = false;
        foreach (Part part in parts)
        {
            anyForm |= part.ItemClass.IsMaterialForm();
        }

        if (!anyForm)
        {
            return result;
        }

        var chainsOf = new int[parts.Length][];
        var set = new List<int>();
        foreach (int p in partOfRow)
        {
            set.Clear();
            if (parts[p].Materials.Count > 0)
            {
                set.Add(0);
            }

            foreach (int child in children[p])
            {
                bool form = parts[child].ItemClass.IsMaterialForm();
                foreach (int chain in chainsOf[child])
                {
                    int mapped = form ? result.Intern(chain, child) : chain;
                    if (!set.Contains(mapped))
                    {
                        set.Add(mapped);
                    }
                }
            }

            chainsOf[p] = set.ToArray();
        }

        return result;
    }

    private int Intern(int chain, int formPart)
    {
        if (!_extend.TryGetValue((chain, formPart), out int id))
        {
            id = Chains.Count;
            int[] prefix = Chains[chain];
            var extended = new int[prefix.Length + 1];
            Array.Copy(prefix, extended, prefix.Length);
            extended[prefix.Length] = formPart;
            Chains.Add(extended);
            _extend.Add((chain, formPart), id);
        }

        return id;
    }
}
