using System;

namespace SupplyRisk.Parts;

/// <summary>The names of <see cref="PartCategory"/> in data files, JSON and reports: <c>automotive</c>, <c>phone</c>, <c>computing</c>, <c>energy</c>, <c>other</c>.</summary>
public static class PartCategories
{
    private static readonly string[] Names = { "automotive", "phone", "computing", "energy", "other" };

    /// <summary>The accepted names, for error messages.</summary>
    public const string Expected = "automotive, phone, computing, energy or other";

    /// <summary>Whether the value is one of the named categories.</summary>
    public static bool IsDefined(PartCategory category) => category >= PartCategory.Automotive && category <= PartCategory.Other;

    /// <summary>The lowercase name.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a named category.</exception>
    public static string Name(PartCategory category) =>
        IsDefined(category)
            ? Names[(int)category]
            : throw new ArgumentOutOfRangeException(nameof(category), category, $"Not a part category; expected {Expected}.");

    /// <summary>Parses a name (exactly, case-insensitive); numbers are not accepted.</summary>
    public static bool TryParse(string? text, out PartCategory category)
    {
        string key = text?.Trim() ?? string.Empty;
        for (int i = 0; i < Names.Length; i++)
        {
            if (string.Equals(Names[i], key, StringComparison.OrdinalIgnoreCase))
            {
                category = (PartCategory)i;
                return true;
            }
        }

        category = default;
        return false;
    }
}
