using System.Diagnostics.CodeAnalysis;
using System;

namespace SupplyRisk.Materials;

/// <summary>
/// The identifier of a material: lowercase ASCII letters, digits and single hyphens, e.g.
/// <c>neodymium</c>, <c>natural-graphite</c>, <c>ree-total</c>. Immutable value type.
/// </summary>
public readonly struct MaterialId : IEquatable<MaterialId>, IComparable<MaterialId>
{
    private readonly string? _value;

    private MaterialId(string value) => _value = value;

    /// <summary>The identifier text; the empty string for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether this is the default, uninitialised value.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Whether <paramref name="text"/> is a well-formed material id.</summary>
    public static bool IsValid([NotNullWhen(true)] string? text)
    {
        if (string.IsNullOrEmpty(text) || text![0] == '-' || text[text.Length - 1] == '-')
        {
            return false;
        }

        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && text[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Creates an id from its text.</summary>
    /// <exception cref="ArgumentException">The text is not lowercase letters, digits and single inner hyphens.</exception>
    public static MaterialId From(string text)
    {
        if (!IsValid(text))
        {
            throw new ArgumentException($"'{text}' is not a material id: use lowercase letters, digits and single inner hyphens, e.g. 'natural-graphite'.", nameof(text));
        }

        return new MaterialId(text);
    }

    /// <summary>Creates an id from its text without throwing.</summary>
    public static bool TryFrom(string? text, out MaterialId id)
    {
        id = IsValid(text) ? new MaterialId(text) : default;
        return !id.IsDefault;
    }

    /// <inheritdoc />
    public bool Equals(MaterialId other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MaterialId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <inheritdoc />
    public int CompareTo(MaterialId other) => string.CompareOrdinal(_value, other._value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Creates an id from its text.</summary>
    public static implicit operator MaterialId(string text) => From(text);

    /// <summary>Equality.</summary>
    public static bool operator ==(MaterialId left, MaterialId right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(MaterialId left, MaterialId right) => !left.Equals(right);

    /// <summary>Ordinal ordering.</summary>
    public static bool operator <(MaterialId left, MaterialId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal ordering.</summary>
    public static bool operator >(MaterialId left, MaterialId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal ordering.</summary>
    public static bool operator <=(MaterialId left, MaterialId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal ordering.</summary>
    public static bool operator >=(MaterialId left, MaterialId right) => left.CompareTo(right) >= 0;
}
