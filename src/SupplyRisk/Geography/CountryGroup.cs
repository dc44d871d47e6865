using System.Collections.Generic;
using System.Linq;
using System;

namespace SupplyRisk.Geography;

/// <summary>
/// A named set of countries that matters for trade, such as <c>EU</c> (the 27 member states),
/// <c>G7</c> or <c>OECD</c>. Users can define their own. Immutable and thread-safe.
/// </summary>
public sealed class CountryGroup
{
    private readonly HashSet<CountryCode> _members;

    /// <summary>Creates a group.</summary>
    /// <param name="id">A short identifier such as <c>EU</c>; letters, digits and hyphens.</param>
    /// <param name="name">A human-readable name.</param>
    /// <param name="members">The member countries (at least one; <see cref="CountryCode.RestOfWorld"/> is not a member).</param>
    /// <exception cref="ArgumentException">The id is blank or malformed, or the member list is empty or contains ROW or a default code.</exception>
    public CountryGroup(string id, string name, IEnumerable<CountryCode> members)
    {
        if (string.IsNullOrWhiteSpace(id) || !id.All(c => char.IsLetterOrDigit(c) || c == '-'))
        {
            throw new ArgumentException($"A country group id must be letters, digits and hyphens; got '{id}'.", nameof(id));
        }

        if (members is null)
        {
            throw new ArgumentNullException(nameof(members));
        }

        CountryCode[] list = members.Distinct().OrderBy(c => c).ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException($"Country group '{id}' has no members.", nameof(members));
        }

        if (list.Any(c => c.IsDefault || c.IsRestOfWorld))
        {
            throw new ArgumentException($"Country group '{id}' may only contain ISO countries, not ROW or a default code.", nameof(members));
        }

        Id = id;
        Name = string.IsNullOrWhiteSpace(name) ? id : name;
        Members = Array.AsReadOnly(list);
        _members = new HashSet<CountryCode>(list);
    }

    /// <summary>The identifier, e.g. <c>EU</c>.</summary>
    public string Id { get; }

    /// <summary>The human-readable name.</summary>
    public string Name { get; }

    /// <summary>The members, ordered by code.</summary>
    public IReadOnlyList<CountryCode> Members { get; }

    /// <summary>Whether <paramref name="country"/> is a member.</summary>
    public bool Contains(CountryCode country) => _members.Contains(country);

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Members.Count} countries)";
}
