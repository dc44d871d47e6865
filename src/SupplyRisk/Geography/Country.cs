namespace SupplyRisk.Geography;

/// <summary>
/// A country or territory of ISO 3166-1: its alpha-2, alpha-3 and numeric codes and English short name.
/// Immutable and thread-safe.
/// </summary>
public sealed class Country
{
    internal Country(CountryCode code, string alpha3, string numeric, string name)
    {
        Code = code;
        Alpha3 = alpha3;
        Numeric = numeric;
        Name = name;
    }

    /// <summary>The alpha-2 code, the key used everywhere in SupplyRisk.</summary>
    public CountryCode Code { get; }

    /// <summary>The ISO 3166-1 alpha-3 code, e.g. <c>CHN</c>.</summary>
    public string Alpha3 { get; }

    /// <summary>The ISO 3166-1 numeric code as three digits, e.g. <c>156</c>; empty for Kosovo (XK), which has none.</summary>
    public string Numeric { get; }

    /// <summary>The English short name.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Name}";
}
