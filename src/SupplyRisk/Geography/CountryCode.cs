using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System;

namespace SupplyRisk.Geography;

/// <summary>
/// A supplier identity: an ISO 3166-1 alpha-2 country code validated against the official list,
/// or <see cref="RestOfWorld"/>, the explicit remainder for sources that list only the top producers.
/// Immutable value type.
/// </summary>
/// <remarks>
/// <see cref="Parse"/> accepts alpha-2 and alpha-3 codes in any case and normalises them to alpha-2.
/// The default value is not a valid code; <see cref="IsDefault"/> tells it apart.
/// </remarks>
public readonly struct CountryCode : IEquatable<CountryCode>, IComparable<CountryCode>
{
    private const string RestOfWorldCode = "ROW";

    private readonly string? _value;

    private CountryCode(string value) => _value = value;

    /// <summary>The rest of the world: the remainder of a share distribution whose source lists only the top producers.</summary>
    public static CountryCode RestOfWorld { get; } = new(RestOfWorldCode);

    /// <summary>The alpha-2 code (uppercase), <c>ROW</c> for <see cref="RestOfWorld"/>, or the empty string for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether this is the rest-of-world remainder rather than a country.</summary>
    public bool IsRestOfWorld => ReferenceEquals(_value, RestOfWorldCode) || string.Equals(_value, RestOfWorldCode, StringComparison.Ordinal);

    /// <summary>Whether this is the default, uninitialised value.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Parses an ISO 3166-1 alpha-2 or alpha-3 code (any case), or <c>ROW</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="FormatException">The code is neither an officially assigned ISO 3166-1 code nor XK/XKX (Kosovo).</exception>
    public static CountryCode Parse(string code)
    {
        if (code is null)
        {
            throw new ArgumentNullException(nameof(code));
        }

        if (!TryParse(code, out CountryCode result))
        {
            throw new FormatException($"'{code}' is not an officially assigned ISO 3166-1 alpha-2 or alpha-3 country code (nor XK for Kosovo, nor ROW for the rest of the world).");
        }

        return result;
    }

    /// <summary>Parses an ISO 3166-1 alpha-2 or alpha-3 code (any case), or <c>ROW</c>, without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? code, out CountryCode result)
    {
        result = default;
        if (code is null)
        {
            return false;
        }

        string trimmed = code.Trim();
        if (string.Equals(trimmed, RestOfWorldCode, StringComparison.OrdinalIgnoreCase))
        {
            result = RestOfWorld;
            return true;
        }

        if (!Iso3166.TryGet(trimmed, out Country country))
        {
            return false;
        }

        result = country.Code;
        return true;
    }

    /// <summary>
    /// A customs union as the issuer of a tariff, under its group code (e.g. <c>EU</c>, which ISO 3166-1 reserves for the
    /// European Union): never a supplier, a made-in country or a buyer member; the tariff lists the member states that
    /// apply it (<see cref="Policy.PolicyMeasure.Importers"/>). <see cref="TryParse"/> does not return it.
    /// </summary>
    /// <exception cref="ArgumentException">The code is not 2 to 8 uppercase ASCII letters or digits, or is an ISO country code or ROW.</exception>
    public static CountryCode ForCustomsUnion(string code)
    {
        if (code is null || code.Length < 2 || code.Length > 8 || code.Any(c => !((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))))
        {
            throw new ArgumentException($"'{code}' is not a customs-union code: 2 to 8 uppercase letters or digits, e.g. EU.", nameof(code));
        }

        if (TryParse(code, out _))
        {
            throw new ArgumentException($"'{code}' is a country code (or ROW), not a customs union.", nameof(code));
        }

        return new CountryCode(code);
    }

    /// <summary>Whether this is a customs union created by <see cref="ForCustomsUnion"/> rather than a country or ROW.</summary>
    public bool IsCustomsUnion => _value is not null && !IsRestOfWorld && !Iso3166.TryGet(_value, out _);

    /// <summary>Whether <paramref name="code"/> is two ASCII uppercase letters (shape only, not the official list).</summary>
    internal static bool IsWellFormedAlpha2(string code) =>
        code.Length == 2 && code[0] >= 'A' && code[0] <= 'Z' && code[1] >= 'A' && code[1] <= 'Z';

    /// <summary>Wraps a code already known to be in the ISO list.</summary>
    internal static CountryCode Unchecked(string alpha2) => new(alpha2);

    /// <inheritdoc />
    public bool Equals(CountryCode other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CountryCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>Orders codes alphabetically, with <see cref="RestOfWorld"/> last.</summary>
    public int CompareTo(CountryCode other)
    {
        if (IsRestOfWorld != other.IsRestOfWorld)
        {
            return IsRestOfWorld ? 1 : -1;
        }

        return string.CompareOrdinal(_value, other._value);
    }

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Equality.</summary>
    public static bool operator ==(CountryCode left, CountryCode right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(CountryCode left, CountryCode right) => !left.Equals(right);

    /// <summary>Ordering, <see cref="RestOfWorld"/> last.</summary>
    public static bool operator <(CountryCode left, CountryCode right) => left.CompareTo(right) < 0;

    /// <summary>Ordering, <see cref="RestOfWorld"/> last.</summary>
    public static bool operator >(CountryCode left, CountryCode right) => left.CompareTo(right) > 0;

    /// <summary>Ordering, <see cref="RestOfWorld"/> last.</summary>
    public static bool operator <=(CountryCode left, CountryCode right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering, <see cref="RestOfWorld"/> last.</summary>
    public static bool operator >=(CountryCode left, CountryCode right) => left.CompareTo(right) >= 0;
}
