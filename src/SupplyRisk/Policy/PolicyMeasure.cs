using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Sources;

namespace SupplyRisk.Policy;

/// <summary>
/// A policy shock: what kind, who imposes it, on what and on whom (<see cref="Scope"/>), when
/// (<see cref="Window"/>), how strong (<see cref="Magnitude"/>), and its source. Created through the
/// factory methods, which validate. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <see cref="Magnitude"/> means, by kind: <see cref="MeasureKind.Tariff"/> the ad valorem rate (0.25 = 25 %);
/// <see cref="MeasureKind.ExportQuota"/> the fraction of normal volume still allowed;
/// <see cref="MeasureKind.ContentRule"/> the value-share threshold (0.001 = 0.1 %);
/// <see cref="MeasureKind.CapacityLoss"/> the fraction of the country's output lost;
/// <see cref="MeasureKind.DemandShock"/> the relative demand increase; 1 (unused) for licensing, bans and sanctions.
/// </remarks>
public sealed class PolicyMeasure
{
    private PolicyMeasure(string id, string title, MeasureKind kind, CountryCode issuer, MeasureScope scope, MeasureWindow window, double magnitude, string? layer, Provenance provenance, LicenceRamp? ramp = null, double? recoveryDays = null, IReadOnlyList<string>? displaces = null, IReadOnlyList<CountryCode>? importers = null)
    {
        if (!IsValidId(id))
        {
            throw new ArgumentException($"'{id}' is not a measure id: use lowercase letters, digits and hyphens.", nameof(id));
        }

        if (issuer.IsDefault)
        {
            throw new ArgumentException($"Measure '{id}' needs an issuing country.", nameof(issuer));
        }

        if (issuer.IsCustomsUnion && (kind != MeasureKind.Tariff || importers is null || importers.Count == 0 || importers.Any(c => c.IsDefault || c.IsRestOfWorld || c.IsCustomsUnion)))
        {
            throw new ArgumentException($"Measure '{id}': a customs union ({issuer}) can issue a tariff only, and the tariff must list its member countries.", nameof(issuer));
        }

        if (issuer.IsRestOfWorld && kind != MeasureKind.DemandShock)
        {
            throw new ArgumentException($"Measure '{id}': ROW (the rest of the world) cannot issue a {kind} measure; name the country.", nameof(issuer));
        }

        if (double.IsNaN(magnitude) || double.IsInfinity(magnitude) || magnitude < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(magnitude), magnitude, $"Measure '{id}': the magnitude must be a finite, non-negative number.");
        }

        Id = id;
        Title = string.IsNullOrWhiteSpace(title) ? id : title;
        Kind = kind;
        Issuer = issuer;
        Scope = scope ?? throw new ArgumentNullException(nameof(scope));
        Window = window ?? throw new ArgumentNullException(nameof(window));
        Magnitude = magnitude;
        Layer = layer;
        Provenance = provenance ?? Provenance.UserSupplied;
        Ramp = ramp;
        if (recoveryDays is double r && (double.IsNaN(r) || r <= 0 || r > LicenceRamp.MaximumDays))
        {
            throw new ArgumentOutOfRangeException(nameof(recoveryDays), r, $"Measure '{id}': the recovery time must lie within (0, {LicenceRamp.MaximumDays}] days.");
        }

        RecoveryDays = recoveryDays;
        Displaces = displaces ?? Array.Empty<string>();
        Importers = issuer.IsCustomsUnion ? importers! : new[] { issuer };
        if (Displaces.Count > 0 && kind != MeasureKind.Tariff)
        {
            throw new ArgumentException($"Measure '{id}': only a tariff can displace tariff layers, not a {kind} measure.", nameof(displaces));
        }

        if (Displaces.Any(d => string.IsNullOrWhiteSpace(d) || string.Equals(d, layer, StringComparison.Ordinal)))
        {
            throw new ArgumentException($"Measure '{id}': a displaced layer must be named and must not be the tariff's own layer '{layer}'.", nameof(displaces));
        }

        if (kind is not (MeasureKind.ExportLicensing or MeasureKind.ExportQuota or MeasureKind.ExportBan or MeasureKind.ContentRule or MeasureKind.Sanction or MeasureKind.CapacityLoss or MeasureKind.Tariff) && scope.ItemClasses.Count > 0)
        {
            throw new ArgumentException($"Measure '{id}': item classes scope export controls, content rules, sanctions, capacity losses and tariffs only, not a {kind} measure.", nameof(scope));
        }

        if (kind != MeasureKind.Tariff && scope.NamesAssembledGoods)
        {
            throw new ArgumentException($"Measure '{id}': only a tariff can cover assembled goods (components, assemblies, products) or product categories; a {kind} measure covers material forms ({string.Join(", ", ItemClasses.MaterialForms.Select(ItemClasses.Name))}).", nameof(scope));
        }

        if (kind == MeasureKind.Tariff && scope.NamesAssembledGoods && (scope.Materials.Count > 0 || scope.Stages.Count > 0 || scope.ItemClasses.Any(c => c.IsMaterialForm())))
        {
            throw new ArgumentException($"Measure '{id}': a tariff on assembled goods or product categories covers all goods of those classes; it cannot also name materials, stages or material forms (make two measures).", nameof(scope));
        }
    }

    /// <summary>The identifier, e.g. <c>cn-ree-licensing-2025-04</c>.</summary>
    public string Id { get; }

    /// <summary>A human title.</summary>
    public string Title { get; }

    /// <summary>The kind.</summary>
    public MeasureKind Kind { get; }

    /// <summary>
    /// The country imposing it; for a tariff, the importing country or a customs union
    /// (<see cref="CountryCode.IsCustomsUnion"/>); for a capacity loss, where capacity is lost.
    /// </summary>
    public CountryCode Issuer { get; }

    /// <summary>
    /// The countries that apply it: the issuer, or for a tariff of a customs union its member states (goods moving
    /// between members cross no tariff border).
    /// </summary>
    public IReadOnlyList<CountryCode> Importers { get; }

    /// <summary>Materials, stages and counterparties covered.</summary>
    public MeasureScope Scope { get; }

    /// <summary>The dates.</summary>
    public MeasureWindow Window { get; }

    /// <summary>The strength (see the remarks).</summary>
    public double Magnitude { get; }

    /// <summary>For a tariff, the layer it belongs to (e.g. <c>section-301</c>); layers stack, and within a layer the latest effective measure wins.</summary>
    public string? Layer { get; }

    /// <summary>
    /// For a tariff, the layers it sets aside on the goods it covers while it applies to them (empty for other kinds): US
    /// law exempts goods under Section 232 from the reciprocal and Section 122 surcharges, and an exemption is a 0 %
    /// tariff that displaces the layer it exempts from.
    /// </summary>
    public IReadOnlyList<string> Displaces { get; }

    /// <summary>Where the measure is documented.</summary>
    public Provenance Provenance { get; }

    /// <summary>
    /// For licensing and content rules, the measure's own licence ramp; <see langword="null"/> to use the scenario's
    /// (<see cref="ShockSeverity.Licensing"/>).
    /// </summary>
    public LicenceRamp? Ramp { get; }

    /// <summary>For a capacity loss, the days over which capacity comes back linearly; <see langword="null"/> when it does not recover.</summary>
    public double? RecoveryDays { get; }

    /// <summary>An export licensing requirement on the scope's materials to the scope's destinations.</summary>
    /// <param name="id">The id (lowercase letters, digits and hyphens).</param>
    /// <param name="title">A human title.</param>
    /// <param name="issuer">The exporting country that requires the licence.</param>
    /// <param name="scope">Materials, stages, item classes and destinations covered.</param>
    /// <param name="window">The dates (default: undated, in force on any date asked).</param>
    /// <param name="provenance">Where it is documented.</param>
    /// <param name="ramp">Its own licence ramp; default: the scenario's.</param>
    public static PolicyMeasure ExportLicensing(string id, string title, CountryCode issuer, MeasureScope scope, MeasureWindow? window = null, Provenance? provenance = null, LicenceRamp? ramp = null) =>
        new(id, title, MeasureKind.ExportLicensing, issuer, scope, window ?? MeasureWindow.Always, 1, null, provenance ?? Provenance.UserSupplied, ramp);

    /// <summary>An export quota allowing <paramref name="allowedFraction"/> of normal volume (0..1).</summary>
    public static PolicyMeasure ExportQuota(string id, string title, CountryCode issuer, MeasureScope scope, double allowedFraction, MeasureWindow? window = null, Provenance? provenance = null) =>
        new(id, title, MeasureKind.ExportQuota, issuer, scope, window ?? MeasureWindow.Always, CheckFraction(allowedFraction, nameof(allowedFraction)), null, provenance ?? Provenance.UserSupplied);

    /// <summary>An export ban (destination-specific when the scope lists counterparties).</summary>
    public static PolicyMeasure ExportBan(string id, string title, CountryCode issuer, MeasureScope scope, MeasureWindow? window = null, Provenance? provenance = null) =>
        new(id, title, MeasureKind.ExportBan, issuer, scope, window ?? MeasureWindow.Always, 1, null, provenance ?? Provenance.UserSupplied);

    /// <summary>An extraterritorial content rule: goods with at least <paramref name="valueShareThreshold"/> of value from the issuer's controlled materials need its licence.</summary>
    /// <remarks>
    /// The rule acts on parts of the item classes its scope lists (e.g. magnets and sputtering targets; all material
    /// forms when none is listed) made outside the issuer, whose value share of the scope's materials from the issuer
    /// reaches the threshold: their flow to the next user needs the issuer's licence, which passes as the ramp says.
    /// </remarks>
    public static PolicyMeasure ContentRule(string id, string title, CountryCode issuer, MeasureScope scope, double valueShareThreshold, MeasureWindow? window = null, Provenance? provenance = null, LicenceRamp? ramp = null) =>
        new(id, title, MeasureKind.ContentRule, issuer, scope, window ?? MeasureWindow.Always, CheckFraction(valueShareThreshold, nameof(valueShareThreshold)), null, provenance ?? Provenance.UserSupplied, ramp);

    /// <summary>An ad valorem tariff imposed by <paramref name="importer"/> on the scope's exporters, in a named layer.</summary>
    /// <param name="id">The id (lowercase letters, digits and hyphens).</param>
    /// <param name="title">A human title.</param>
    /// <param name="importer">The importing country.</param>
    /// <param name="exporters">What it covers: materials, stages and classes, or assembled goods by class and category; and the exporting countries.</param>
    /// <param name="rate">The ad valorem rate, within [0, <see cref="MaximumTariffRate"/>] (0.25 = 25 %).</param>
    /// <param name="layer">The layer: layers stack, and within a layer the latest effective measure wins.</param>
    /// <param name="window">The dates (default: undated).</param>
    /// <param name="provenance">Where it is documented.</param>
    /// <param name="displaces">Layers it sets aside on the goods it covers (see <see cref="Displaces"/>); default: none.</param>
    public static PolicyMeasure Tariff(string id, string title, CountryCode importer, MeasureScope exporters, double rate, string layer, MeasureWindow? window = null, Provenance? provenance = null, IEnumerable<string>? displaces = null) =>
        NewTariff(id, title, importer, null, exporters, rate, layer, window, provenance, displaces);

    /// <summary>
    /// An ad valorem tariff imposed by a customs union (e.g. the EU) on the scope's exporters, in a named layer: every
    /// member applies it at its border with non-members; goods moving between members pay none.
    /// </summary>
    /// <param name="id">The id (lowercase letters, digits and hyphens).</param>
    /// <param name="title">A human title.</param>
    /// <param name="customsUnion">The union, as a bloc of member countries (e.g. the dataset's <c>EU</c> buyer).</param>
    /// <param name="exporters">What it covers and the exporting countries.</param>
    /// <param name="rate">The ad valorem rate, within [0, <see cref="MaximumTariffRate"/>].</param>
    /// <param name="layer">The layer.</param>
    /// <param name="window">The dates (default: undated).</param>
    /// <param name="provenance">Where it is documented.</param>
    /// <param name="displaces">Layers it sets aside on the goods it covers.</param>
    /// <exception cref="ArgumentException">The union is not a bloc, or its code is a country code.</exception>
    public static PolicyMeasure CustomsUnionTariff(string id, string title, Buyer customsUnion, MeasureScope exporters, double rate, string layer, MeasureWindow? window = null, Provenance? provenance = null, IEnumerable<string>? displaces = null)
    {
        if (customsUnion is null)
        {
            throw new ArgumentNullException(nameof(customsUnion));
        }

        if (!customsUnion.IsBloc)
        {
            throw new ArgumentException($"Tariff '{id}': '{customsUnion.Code}' is one country, not a customs union; pass its country code.", nameof(customsUnion));
        }

        return NewTariff(id, title, CountryCode.ForCustomsUnion(customsUnion.Code), customsUnion.Members, exporters, rate, layer, window, provenance, displaces);
    }

    private static PolicyMeasure NewTariff(string id, string title, CountryCode importer, IReadOnlyList<CountryCode>? members, MeasureScope exporters, double rate, string layer, MeasureWindow? window, Provenance? provenance, IEnumerable<string>? displaces)
    {
        if (string.IsNullOrWhiteSpace(layer))
        {
            throw new ArgumentException($"Tariff '{id}' needs a layer name, e.g. 'section-301'.", nameof(layer));
        }

        if (double.IsNaN(rate) || rate < 0 || rate > MaximumTariffRate)
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, $"Tariff '{id}': the rate must lie within [0, {MaximumTariffRate}] (0.25 = 25 %).");
        }

        return new(id, title, MeasureKind.Tariff, importer, exporters, window ?? MeasureWindow.Always, rate, layer, provenance ?? Provenance.UserSupplied, displaces: displaces?.Select(d => d?.Trim() ?? string.Empty).Distinct(StringComparer.Ordinal).ToArray(), importers: members);
    }

    /// <summary>Sanctions or embargo by <paramref name="issuer"/> against the scope's counterparties: trade stops both ways.</summary>
    public static PolicyMeasure Sanction(string id, string title, CountryCode issuer, MeasureScope scope, MeasureWindow? window = null, Provenance? provenance = null) =>
        new(id, title, MeasureKind.Sanction, issuer, scope, window ?? MeasureWindow.Always, 1, null, provenance ?? Provenance.UserSupplied);

    /// <summary>A loss of <paramref name="lossFraction"/> of <paramref name="country"/>'s output of the scope's materials and stages.</summary>
    /// <param name="id">The id.</param>
    /// <param name="title">A human title.</param>
    /// <param name="country">Where capacity is lost.</param>
    /// <param name="scope">Materials, stages and item classes covered.</param>
    /// <param name="lossFraction">The fraction of output lost, in [0, 1].</param>
    /// <param name="window">The dates (default: undated).</param>
    /// <param name="provenance">Where it is documented.</param>
    /// <param name="recoveryDays">Days over which capacity comes back linearly from the start; default: it does not recover.</param>
    public static PolicyMeasure CapacityLoss(string id, string title, CountryCode country, MeasureScope scope, double lossFraction, MeasureWindow? window = null, Provenance? provenance = null, double? recoveryDays = null) =>
        new(id, title, MeasureKind.CapacityLoss, country, scope, window ?? MeasureWindow.Always, CheckFraction(lossFraction, nameof(lossFraction)), null, provenance ?? Provenance.UserSupplied, null, recoveryDays);

    /// <summary>A relative rise in world demand for the scope's materials (0.2 = +20 %).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The increase is NaN, negative or above 100 (+10,000 %).</exception>
    public static PolicyMeasure DemandShock(string id, string title, MeasureScope scope, double demandIncrease, MeasureWindow? window = null, Provenance? provenance = null)
    {
        if (double.IsNaN(demandIncrease) || demandIncrease < 0 || demandIncrease > MaximumDemandIncrease)
        {
            throw new ArgumentOutOfRangeException(nameof(demandIncrease), demandIncrease, $"A demand increase must lie within [0, {MaximumDemandIncrease}] (relative: 0.2 = +20 %).");
        }

        return new(id, title, MeasureKind.DemandShock, CountryCode.RestOfWorld, scope, window ?? MeasureWindow.Always, demandIncrease, null, provenance ?? Provenance.UserSupplied);
    }

    /// <summary>The largest relative demand increase accepted, 100 (+10,000 %).</summary>
    public const double MaximumDemandIncrease = 100;

    /// <summary>The largest tariff rate accepted, 100 (10,000 % ad valorem).</summary>
    public const double MaximumTariffRate = 100;

    /// <summary>Whether the kind has a magnitude that can vary (everything but licensing, bans and sanctions).</summary>
    public bool HasMagnitude => Kind is not (MeasureKind.ExportLicensing or MeasureKind.ExportBan or MeasureKind.Sanction);

    /// <summary>The lowest and highest magnitude this kind of measure accepts (see the remarks on <see cref="Magnitude"/>).</summary>
    public (double Minimum, double Maximum) MagnitudeRange => Kind switch
    {
        MeasureKind.Tariff => (0, MaximumTariffRate),
        MeasureKind.DemandShock => (0, MaximumDemandIncrease),
        _ => (0, 1),
    };

    /// <summary>The same measure with another magnitude (e.g. a trial of a Monte Carlo simulation).</summary>
    /// <exception cref="InvalidOperationException">The kind has no magnitude (licensing, ban, sanction).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The magnitude lies outside <see cref="MagnitudeRange"/>.</exception>
    public PolicyMeasure WithMagnitude(double magnitude)
    {
        if (!HasMagnitude)
        {
            throw new InvalidOperationException($"Measure '{Id}' is a {Kind} measure, which has no magnitude.");
        }

        var (min, max) = MagnitudeRange;
        if (double.IsNaN(magnitude) || magnitude < min || magnitude > max)
        {
            throw new ArgumentOutOfRangeException(nameof(magnitude), magnitude, $"Measure '{Id}' ({Kind}): the magnitude must lie within [{min}, {max}].");
        }

        return new PolicyMeasure(Id, Title, Kind, Issuer, Scope, Window, magnitude, Layer, Provenance, Ramp, RecoveryDays, Displaces, Importers);
    }

    /// <summary>Whether <paramref name="id"/> is lowercase letters, digits and hyphens.</summary>
    public static bool IsValidId(string? id) => MaterialId.IsValid(id);

    /// <summary>The same licensing measure or content rule with its own licence ramp.</summary>
    /// <exception cref="InvalidOperationException">The measure is neither licensing nor a content rule.</exception>
    public PolicyMeasure WithRamp(LicenceRamp ramp)
    {
        if (Kind is not (MeasureKind.ExportLicensing or MeasureKind.ContentRule))
        {
            throw new InvalidOperationException($"Measure '{Id}' is a {Kind} measure, which has no licence ramp.");
        }

        return new PolicyMeasure(Id, Title, Kind, Issuer, Scope, Window, Magnitude, Layer, Provenance, ramp ?? throw new ArgumentNullException(nameof(ramp)), RecoveryDays, Displaces, Importers);
    }

    /// <summary>The state on a date, with the reason.</summary>
    public (MeasureState State, string Reason) StateOn(DateTime date) => Window.StateOn(date);

    /// <summary>The same measure with another window (same id, kind, scope, magnitude, ramp and source).</summary>
    internal PolicyMeasure WithWindow(MeasureWindow window) =>
        ReferenceEquals(window, Window) ? this : new PolicyMeasure(Id, Title, Kind, Issuer, Scope, window, Magnitude, Layer, Provenance, Ramp, RecoveryDays, Displaces, Importers);

    /// <inheritdoc />
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} ({1}, {2})", Id, Kind, Window);

    private static double CheckFraction(double value, string name)
    {
        if (double.IsNaN(value) || value < 0 || value > 1)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a fraction within [0, 1].");
        }

        return value;
    }
}
