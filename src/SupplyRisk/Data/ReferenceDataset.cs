using System.Collections.Generic;
using System.Linq;
using System;
using SupplyRisk.Criticality;
using SupplyRisk.Geography;
using SupplyRisk.IO;
using SupplyRisk.Materials;
using SupplyRisk.Sources;

namespace SupplyRisk.Data;

/// <summary>
/// The reference data SupplyRisk computes on: country groups, governance, materials with their
/// supply stages, buyers' import reliance and sourcing, and published assessment results.
/// The sourced dataset embedded in the package is <c>SupplyRiskModel.Default.Data</c>; <c>IO.ReferenceDatasetBuilder</c>
/// reads your own data files and extends or overrides it. Immutable and thread-safe.
/// </summary>
public sealed class ReferenceDataset
{
    private readonly Dictionary<MaterialId, Material> _materials;
    private readonly Dictionary<string, CountryGroup> _groups;
    private readonly Dictionary<string, Buyer> _buyers;
    private readonly Dictionary<(string Buyer, MaterialId Material), BuyerMaterialProfile> _profiles;
    private readonly Dictionary<MaterialId, PublishedAssessment> _published;
    private readonly Dictionary<MaterialId, MaterialPrice> _prices;
    private readonly Dictionary<MaterialId, MaterialDynamics> _dynamics;

    internal ReferenceDataset(
        IReadOnlyList<CountryGroup> groups,
        GovernanceTable governance,
        IReadOnlyList<Material> materials,
        IReadOnlyList<Buyer> buyers,
        IReadOnlyList<BuyerMaterialProfile> profiles,
        IReadOnlyList<PublishedAssessment> published,
        IReadOnlyList<MaterialPrice> prices,
        IReadOnlyList<MaterialDynamics> dynamics,
        IReadOnlyList<Parts.CoverDefault> coverDefaults)
    {
        CountryGroups = groups;
        Governance = governance;
        Materials = materials;
        Buyers = buyers;
        BuyerProfiles = profiles;
        PublishedAssessments = published;
        _groups = groups.ToDictionary(g => g.Id, StringComparer.Ordinal);
        _materials = materials.ToDictionary(m => m.Id);
        _buyers = buyers.ToDictionary(b => b.Code, StringComparer.Ordinal);
        _profiles = profiles.ToDictionary(p => (p.Buyer.Code, p.Material));
        _published = published.ToDictionary(p => p.Material);
        Prices = prices;
        _prices = prices.ToDictionary(p => p.Material);
        Dynamics = dynamics;
        _dynamics = dynamics.Where(d => !d.IsDefaultRow).ToDictionary(d => d.Material);
        DefaultDynamics = dynamics.FirstOrDefault(d => d.IsDefaultRow);
        CoverDefaults = coverDefaults;
    }

    /// <summary>The country groups (EU, G7, OECD, …), ordered by id.</summary>
    public IReadOnlyList<CountryGroup> CountryGroups { get; }

    /// <summary>Governance scores by country.</summary>
    public GovernanceTable Governance { get; }

    /// <summary>The materials, ordered by id.</summary>
    public IReadOnlyList<Material> Materials { get; }

    /// <summary>The buyers that have import-reliance or sourcing data, ordered by code.</summary>
    public IReadOnlyList<Buyer> Buyers { get; }

    /// <summary>Every buyer × material profile.</summary>
    public IReadOnlyList<BuyerMaterialProfile> BuyerProfiles { get; }

    /// <summary>Published assessment results (the EU 2023 study in the default data).</summary>
    public IReadOnlyList<PublishedAssessment> PublishedAssessments { get; }

    /// <summary>Reference prices by material (USGS MCS 2025 in the default data), ordered by material.</summary>
    public IReadOnlyList<MaterialPrice> Prices { get; }

    /// <summary>Time behaviour per material (stocks, alternative supply, lead times, price response), the default row included.</summary>
    public IReadOnlyList<MaterialDynamics> Dynamics { get; }

    /// <summary>The row for materials without their own dynamics, if the dataset has one.</summary>
    public MaterialDynamics? DefaultDynamics { get; }

    /// <summary>Default days of cover by part category and item class.</summary>
    public IReadOnlyList<Parts.CoverDefault> CoverDefaults { get; }

    /// <summary>
    /// The dynamics of a material: its own row, else the default row, else neutral values (no stock, no alternative
    /// supply, substitution at once, no traders' stock, no price response).
    /// </summary>
    public MaterialDynamics DynamicsOf(MaterialId material) =>
        _dynamics.TryGetValue(material, out MaterialDynamics? d) ? d
        : DefaultDynamics?.For(material)
        ?? new MaterialDynamics(material, 0, 0, 0, 0, null, 0, 1, 1, new Provenance("SupplyRisk neutral dynamics: the dataset has none", DataQuality.Estimate));

    /// <summary>
    /// The days of cover held of <paramref name="part"/> by its user: <paramref name="overrideDays"/> when given, else
    /// the part's own <see cref="Parts.Part.CoverDays"/>, else the default for its category and item class.
    /// </summary>
    public double CoverDaysOf(Parts.Part part, double? overrideDays = null) =>
        overrideDays ?? (part ?? throw new ArgumentNullException(nameof(part))).CoverDays ?? DefaultCoverDays(part.Category, part.ItemClass);

    /// <summary>
    /// The default days of cover of a part of <paramref name="category"/> and <paramref name="itemClass"/>: the most
    /// specific matching row (category and class, then either, then neither); 0 when none matches.
    /// </summary>
    public double DefaultCoverDays(Parts.PartCategory category, ItemClass itemClass) =>
        CoverDefaults.Where(c => c.AppliesTo(category, itemClass)).OrderByDescending(c => c.Specificity).ThenByDescending(c => c.Category is not null).Select(c => (double?)c.Days).FirstOrDefault() ?? 0;

    /// <summary>The material with that id.</summary>
    /// <exception cref="KeyNotFoundException">No such material.</exception>
    public Material GetMaterial(MaterialId id) =>
        _materials.TryGetValue(id, out Material? m)
            ? m
            : throw new KeyNotFoundException($"Material '{id}' is not in the dataset; known: {string.Join(", ", _materials.Keys.OrderBy(k => k))}.");

    /// <summary>Finds a material by id.</summary>
    public bool TryGetMaterial(MaterialId id, out Material material)
    {
        bool found = _materials.TryGetValue(id, out Material? m);
        material = m!;
        return found;
    }

    /// <summary>
    /// A what-if copy of this dataset with <paramref name="material"/> in place of the material with its id (added
    /// when there is none); everything else is shared. This instance is not changed.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="material"/> is null.</exception>
    public ReferenceDataset WithMaterial(Material material)
    {
        if (material is null)
        {
            throw new ArgumentNullException(nameof(material));
        }

        Material[] materials = Materials.Where(m => m.Id != material.Id).Concat(new[] { material }).OrderBy(m => m.Id).ToArray();
        return new ReferenceDataset(CountryGroups, Governance, Array.AsReadOnly(materials), Buyers, BuyerProfiles, PublishedAssessments, Prices, Dynamics, CoverDefaults);
    }

    /// <summary>
    /// A what-if copy of this dataset with <paramref name="dynamics"/> in place of the row for its material (or the
    /// default row); everything else is shared. This instance is not changed.
    /// </summary>
    public ReferenceDataset WithDynamics(MaterialDynamics dynamics)
    {
        if (dynamics is null)
        {
            throw new ArgumentNullException(nameof(dynamics));
        }

        MaterialDynamics[] rows = Dynamics.Where(d => d.Material != dynamics.Material).Concat(new[] { dynamics }).ToArray();
        return new ReferenceDataset(CountryGroups, Governance, Materials, Buyers, BuyerProfiles, PublishedAssessments, Prices, Array.AsReadOnly(rows), CoverDefaults);
    }

    /// <summary>The country group with that id.</summary>
    /// <exception cref="KeyNotFoundException">No such group.</exception>
    public CountryGroup GetCountryGroup(string id) =>
        _groups.TryGetValue(id ?? throw new ArgumentNullException(nameof(id)), out CountryGroup? g)
            ? g
            : throw new KeyNotFoundException($"Country group '{id}' is not in the dataset; known: {string.Join(", ", _groups.Keys.OrderBy(k => k, StringComparer.Ordinal))}.");

    /// <summary>
    /// A buyer by code: a country group id (e.g. <c>EU</c>) or an ISO 3166-1 country code (e.g. <c>US</c>, <c>JPN</c>).
    /// A country with no data of its own is still a valid buyer (its SR then falls back to global supply).
    /// </summary>
    /// <exception cref="KeyNotFoundException">The code is neither a group nor a country.</exception>
    public Buyer GetBuyer(string code) =>
        TryGetBuyer(code ?? throw new ArgumentNullException(nameof(code)), out Buyer? buyer)
            ? buyer
            : throw new KeyNotFoundException($"Buyer '{Diagnostics.QuotedText.Prefix(code, 40)}' is neither a country group ({string.Join(", ", _groups.Keys)}) nor an ISO 3166-1 country code.");

    /// <summary>Finds a buyer by code as <see cref="GetBuyer"/> does.</summary>
    /// <returns><see langword="false"/> when the code is neither a country group nor an ISO 3166-1 country code.</returns>
    public bool TryGetBuyer(string? code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Buyer? buyer)
    {
        buyer = null;
        if (code is null)
        {
            return false;
        }

        string key = code.Trim();
        if (_buyers.TryGetValue(key, out Buyer? known))
        {
            buyer = known;
        }
        else if (_groups.TryGetValue(key, out CountryGroup? group))
        {
            buyer = Buyer.FromGroup(group);
        }
        else if (CountryCode.TryParse(key, out CountryCode country) && !country.IsRestOfWorld)
        {
            buyer = _buyers.TryGetValue(country.Value, out Buyer? byCountry) ? byCountry : Buyer.FromCountry(country);
        }

        return buyer is not null;
    }

    /// <summary>The buyer's profile for a material, or <see langword="null"/> when the dataset has none.</summary>
    public BuyerMaterialProfile? FindProfile(Buyer buyer, MaterialId material) =>
        _profiles.TryGetValue((buyer?.Code ?? throw new ArgumentNullException(nameof(buyer)), material), out BuyerMaterialProfile? p) ? p : null;

    /// <summary>The reference price of a material, or <see langword="null"/> when the dataset has none.</summary>
    public MaterialPrice? FindPrice(MaterialId material) => _prices.TryGetValue(material, out MaterialPrice? p) ? p : null;

    /// <summary>The published assessment of a material, or <see langword="null"/>.</summary>
    public PublishedAssessment? FindPublishedAssessment(MaterialId material) =>
        _published.TryGetValue(material, out PublishedAssessment? p) ? p : null;
}
