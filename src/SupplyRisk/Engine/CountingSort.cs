using System;

namespace SupplyRisk.Engine;

/// <summary>
/// Stable counting sort of indices by a small non-negative integer key: how the compiler orders rows by level (to
/// compute them) and, within blocks, by length and country count (to store them). Linear in the items plus the largest key.
/// </summary>
internal static class CountingSort
{
    /// <summary>0, 1, …, <paramref name="count"/> − 1.</summary>
    public static int[] Indices(int count)
    {
        var items = new int[count];
        for (int i = 0; i < count; i++)
        {
            items[i] = i;
        }

        return items;
    }

    /// <summary>
    /// <paramref name="items"/> stably sorted by <paramref name="key"/>[item] (values 0 to <paramref name="maxKey"/>).
    /// <paramref name="keyStart"/>[k] is where the items of key k begin in the result (length maxKey + 2, the last
    /// entry the item count).
    /// </summary>
    public static int[] Stable(int[] items, int[] key, int maxKey, out int[] keyStart)
    {
        var sorted = new int[items.Length];
        var counts = new int[maxKey + 2];
        StableInto(items, key, counts, sorted);

        // StableInto leaves counts[k] where key k's items end, that is where key k + 1's begin.
        keyStart = new int[maxKey + 2];
        Array.Copy(counts, 0, keyStart, 1, maxKey + 1);
        return sorted;
    }

    /// <summary>
    /// Writes <paramref name="items"/> to <paramref name="destination"/> stably sorted by <paramref name="key"/>[item]
    /// (values 0 to <paramref name="counts"/>.Length − 2), using <paramref name="counts"/> as scratch. Allocates nothing.
    /// </summary>
    public static void StableInto(ReadOnlySpan<int> items, int[] key, Span<int> counts, Span<int> destination)
    {
        counts.Clear();
        foreach (int item in items)
        {
            counts[key[item] + 1]++;
        }

        for (int k = 1; k < counts.Length; k++)
        {
            counts[k] += counts[k - 1];
        }

        foreach (int item in items)
        {
            destination[counts[key[item]]++] = item;
        }
    }
}
