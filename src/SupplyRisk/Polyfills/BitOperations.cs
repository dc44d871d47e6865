#if NETSTANDARD2_0
namespace System.Numerics
{
    /// <summary>The two bit operations the catalog compiler uses, for netstandard2.0 (newer runtimes have them as intrinsics).</summary>
    internal static class BitOperations
    {
        /// <summary>The number of set bits.</summary>
        public static int PopCount(ulong value)
        {
            value -= (value >> 1) & 0x5555555555555555UL;
            value = (value & 0x3333333333333333UL) + ((value >> 2) & 0x3333333333333333UL);
            value = (value + (value >> 4)) & 0x0F0F0F0F0F0F0F0FUL;
            return (int)((value * 0x0101010101010101UL) >> 56);
        }

        /// <summary>The index of the lowest set bit (64 for zero).</summary>
        public static int TrailingZeroCount(ulong value) => value == 0 ? 64 : PopCount((value & (0UL - value)) - 1);
    }
}
#endif
