using System.Collections.Generic;
using System;

namespace SupplyRisk.Geography;

/// <summary>
/// Who buys the material: a single country (e.g. <c>US</c>, <c>JP</c>) or a bloc (e.g. <c>EU</c>).
/// The EU criticality method is written for the EU as buyer; SupplyRisk applies it to any buyer,
/// using that buyer's import reliance and sourcing mix. Immutable and thread-safe.
/// </summary>
public sealed class Buyer : IEquatable<Buyer>
{
    private readonly CountryGroup? _group;

    private Buyer(string code, string name, CountryGroup? group, CountryCode country)
    {
        Code = code;
        Name = name;
        _group = group;
        Country = country;
    }

    /// <summary>The buyer's code: the country's alpha-2 code or the bloc's group id.</summary>
    public string Code { get; }

    /// <summary>The human-readable name.</summary>
    public string Name { get; }

    /// <summary>Whether the buyer is a bloc of countries rather than one country.</summary>
    public bool IsBloc => _group is not null;

    /// <summary>The buyer's country when it is a single country; default otherwise.</summary>
    public CountryCode Country { get; }

    /// <summary>The buyer's member countries: the bloc's members, or the one country.</summary>
    public IReadOnlyList<CountryCode> Members => _group is not null ? _group.Members : new[] { Country };

    /// <summary>A single-country buyer.</summary>
    /// <exception cref="ArgumentException">The code is the default value or ROW.</exception>
    public static Buyer FromCountry(CountryCode country)
    {
        if (country.IsDefault || country.IsRestOfWorld)
        {
            throw new ArgumentException("A buyer must be an ISO country, not ROW or a default code.", nameof(country));
        }

        return new Buyer(country.Value, Iso3166.Get(country).Name, null, country);
    }

    /// <summary>A bloc buyer, such as the EU.</summary>
    public static Buyer FromGroup(CountryGroup group)
    {
        if (group is null)
        {
            throw new ArgumentNullException(nameof(group));
        }

        return new Buyer(group.Id, group.Name, group, default);
    }

    /// <summary>Whether <paramref name="country"/> is inside the buyer (the country itself, or a bloc member).</summary>
    public bool Contains(CountryCode country) => _group is not null ? _group.Contains(country) : Country == country;

    /// <inheritdoc />
    public bool Equals(Buyer? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Buyer);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <inheritdoc />
    public override string ToString() => Code;
}
