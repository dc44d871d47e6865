using System;

namespace SupplyRisk.Engine;

/// <summary>Arrays that the compiler writes whole before reading them, so they need not be cleared first.</summary>
internal static class UninitializedArray
{
    /// <summary>
    /// An array of <paramref name="length"/> elements whose contents are unspecified where the runtime allows it
    /// (.NET 5 and later); the caller must write every element before reading it.
    /// </summary>
    public static T[] Create<T>(int length)
    {
#if NET5_0_OR_GREATER
        return GC.AllocateUninitializedArray<T>(length);
#else
        return new T[length];
#endif
    }
}
