using System.Collections.Generic;
using System;
using SupplyRisk.Parts;

namespace SupplyRisk.Engine;

/// <summary>
/// The order in which a catalog's rows are computed: by level (a part without children is level 0, any other part
/// one more than its highest child), then in catalog order. Every child's row precedes its parents', and the rows of
/// one level depend only on rows of lower levels, so a level's rows can be compiled in parallel.
/// </summary>
internal sealed class RowOrder
{
    private RowOrder(int[] partOfRow, int[] levelStart)
    {
        PartOfRow = partOfRow;
        LevelStart = levelStart;
    }

    /// <summary>Per row (in the order rows are computed), the index of its part in the catalog.</summary>
    public int[] PartOfRow { get; }

    /// <summary>The rows of level <c>L</c> are <c>LevelStart[L]</c> to <c>LevelStart[L + 1]</c> (exclusive).</summary>
    public int[] LevelStart { get; }

    /// <summary>The number of levels (the longest chain of sub-assemblies plus one; 0 for an empty catalog).</summary>
    public int Levels => LevelStart.Length - 1;

    /// <summary>
    /// The blocks: runs of at most <paramref name="blockRows"/> consecutive rows of one level (blocks never straddle
    /// levels). Block <c>b</c> is rows <c>result[b]</c> to <c>result[b + 1]</c> (exclusive).
    /// </summary>
    public int[] BlockStarts(int blockRows)
    {
        var starts = new List<int> { 0 };
        for (int l = 0; l < Levels; l++)
        {
            for (int start = LevelStart[l]; start < LevelStart[l + 1]; start += blockRows)
            {
                starts.Add(Math.Min(start + blockRows, LevelStart[l + 1]));
            }
        }

        return starts.ToArray();
    }

    public static RowOrder ByLevel(PartCatalog catalog)
    {
        int[][] children = catalog.ChildIndices;
        int parts = children.Length;
        var level = new int[parts];
        int levels = 0;
        foreach (int p in catalog.TopologicalOrder())
        {
            int l = 0;
            foreach (int child in children[p])
            {
                l = Math.Max(l, level[child] + 1);
            }

            level[p] = l;
            levels = Math.Max(levels, l + 1);
        }

        int[] partOfRow = CountingSort.Stable(CountingSort.Indices(parts), level, levels - 1, out int[] levelStart);
        return new RowOrder(partOfRow, levelStart);
    }
}
