using System.Collections.Generic;
using System.Linq;
using System;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Parts;

namespace SupplyRisk.Policy;

/// <summary>
/// Turns the measures in force for one buyer on one date into per-flow effects for the EU-style supply risk and for
/// tariffs. Rules (also in docs/methodology.md): export licensing cuts the mean share its licence ramp withholds over
/// the horizon, a quota cuts <c>1 − allowed</c>, a ban
/// or sanction cuts everything, the strictest export measure applies; capacity losses multiply availability;
/// flows from inside the buyer are not subject to export controls; tariffs stack across layers, and within a
/// layer the measure with the latest effective date wins; a layer another applying tariff displaces
/// (<see cref="PolicyMeasure.Displaces"/>) is left out. Tariffs are read where goods cross a border: on materials at
/// the stage and item class they cross as (<see cref="CrossingTariff"/>), and on assembled goods by class and product
/// category where they enter the buyer (<see cref="AssembledGoodsTariff"/>). Immutable and thread-safe.
/// </summary>
public sealed class ShockEffects
{
    private readonly IReadOnlyList<PolicyMeasure> _measures;

    /// <summary>Creates the effects of <paramref name="measuresInForce"/> for <paramref name="buyer"/>.</summary>
    /// <param name="buyer">The buyer.</param>
    /// <param name="measuresInForce">The measures in force.</param>
    /// <param name="severity">The severity assumptions (the licence ramp).</param>
    /// <param name="horizonDays">The horizon over which a licence requirement's cut is averaged, at least 1 day.</param>
    /// <exception cref="ArgumentException">A measure is null.</exception>
    public ShockEffects(Buyer buyer, IEnumerable<PolicyMeasure> measuresInForce, ShockSeverity severity, int horizonDays = 365)
    {
        Buyer = buyer ?? throw new ArgumentNullException(nameof(buyer));
        _measures = (measuresInForce ?? throw new ArgumentNullException(nameof(measuresInForce))).ToList().AsReadOnly();
        if (_measures.Any(m => m is null))
        {
            throw new ArgumentException("A measure in force is null.", nameof(measuresInForce));
        }

        Severity = severity ?? throw new ArgumentNullException(nameof(severity));
        if (horizonDays < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(horizonDays), horizonDays, "The horizon must be at least one day.");
        }

        HorizonDays = horizonDays;
    }

    /// <summary>The horizon over which a licence requirement's cut is averaged.</summary>
    public int HorizonDays { get; }

    /// <summary>The mean share of flow a licence requirement withholds over the horizon when it starts on day 0.</summary>
    public double LicensingCut(PolicyMeasure measure) => (measure?.Ramp ?? Severity.Licensing).MeanCut(HorizonDays);

    /// <summary>The buyer.</summary>
    public Buyer Buyer { get; }

    /// <summary>The severity assumptions.</summary>
    public ShockSeverity Severity { get; }

    /// <summary>The measures taken into account.</summary>
    public IReadOnlyList<PolicyMeasure> Measures => _measures;

    /// <summary>The effect on the flow of <paramref name="material"/> at <paramref name="stage"/> from <paramref name="supplier"/> to the buyer.</summary>
    public FlowEffect For(MaterialId material, StageKind stage, CountryCode supplier)
    {
        bool domestic = !supplier.IsRestOfWorld && Buyer.Contains(supplier);
        double exportCut = 0;
        double availabilityAfterLoss = 1;
        Dictionary<string, PolicyMeasure>? layers = null; // allocated only when a tariff applies
        foreach (PolicyMeasure m in _measures)
        {
            switch (m.Kind)
            {
                case MeasureKind.ExportLicensing when !domestic && m.Issuer == supplier && m.Scope.Covers(material, stage) && m.Scope.Reaches(Buyer):
                    exportCut = Math.Max(exportCut, LicensingCut(m));
                    break;
                case MeasureKind.ExportQuota when !domestic && m.Issuer == supplier && m.Scope.Covers(material, stage) && m.Scope.Reaches(Buyer):
                    exportCut = Math.Max(exportCut, 1.0 - m.Magnitude);
                    break;
                case MeasureKind.ExportBan when !domestic && m.Issuer == supplier && m.Scope.Covers(material, stage) && m.Scope.Reaches(Buyer):
                    exportCut = 1.0;
                    break;
                case MeasureKind.Sanction when !domestic && m.Scope.CoversMaterial(material) && IsSanctioned(m, supplier):
                    exportCut = 1.0;
                    break;
                case MeasureKind.CapacityLoss when m.Issuer == supplier && m.Scope.Covers(material, stage):
                    availabilityAfterLoss *= 1.0 - m.Magnitude;
                    break;
                case MeasureKind.Tariff when !domestic && AppliedByBuyer(m) && !m.Importers.Contains(supplier) && m.Scope.Reaches(supplier) && m.Scope.CoversMaterialCrossing(material, stage, StageKinds.Output(stage)):
                    Keep(ref layers, m);
                    break;
            }
        }

        double tariff = Sum(layers);
        double tradeFactor = 1.0 + ((Severity.MaximumRestrictionTradeFactor - 1.0) * exportCut);
        return new FlowEffect(exportCut, 1.0 - availabilityAfterLoss, tradeFactor, tariff);
    }

    /// <summary>The relative demand increase in force for a material (demand shocks add up).</summary>
    public double DemandIncrease(MaterialId material) =>
        _measures.Where(m => m.Kind == MeasureKind.DemandShock && m.Scope.CoversMaterial(material)).Sum(m => m.Magnitude);

    /// <summary>
    /// The tariff the importing country <paramref name="to"/> charges on a material crossing its border from
    /// <paramref name="from"/> as <paramref name="itemClass"/> (ore, refined material or a material-form part) out of
    /// <paramref name="stage"/>: the layers of <paramref name="to"/>'s tariffs in force that reach the exporter and cover
    /// the material, stage and class (<see cref="MeasureScope.CoversMaterialCrossing"/>). 0 within one country. Does not
    /// depend on the buyer: every crossing on a material's way to the buyer is charged where it happens.
    /// </summary>
    public double CrossingTariff(MaterialId material, StageKind stage, ItemClass itemClass, CountryCode from, CountryCode to)
    {
        if (from == to || to.IsRestOfWorld)
        {
            return 0;
        }

        return Stacked(m => m.Importers.Contains(to) && !m.Importers.Contains(from) && m.Scope.Reaches(from) && m.Scope.CoversMaterialCrossing(material, stage, itemClass));
    }

    /// <summary>
    /// The tariff the buyer charges on an assembled good (a component, an assembly or a product) of
    /// <paramref name="itemClass"/> and <paramref name="category"/> made in <paramref name="exporter"/>: the layers of the
    /// buyer's tariffs in force that reach the exporter and cover all goods or that class and category
    /// (<see cref="MeasureScope.CoversAssembledGood"/>). 0 when the exporter is inside the buyer. The rest of the world
    /// is reached only by tariffs on all exporters.
    /// </summary>
    /// <param name="exporter">Where the good is made.</param>
    /// <param name="itemClass">Its class: component, assembly or product.</param>
    /// <param name="category">Its product category.</param>
    /// <param name="hsCode">Its Harmonized System code as digits (<see cref="HsCodes"/>), or null when not known (then tariffs scoped by HS code do not reach it).</param>
    /// <param name="maker">The company that makes and exports it, or null when not known (then tariffs scoped by maker do not reach it).</param>
    /// <exception cref="ArgumentOutOfRangeException">The class is a material form or not a class, or the category is not defined.</exception>
    public double AssembledGoodsTariff(CountryCode exporter, ItemClass itemClass, PartCategory category, string? hsCode = null, string? maker = null)
    {
        if (!ItemClasses.IsDefined(itemClass) || itemClass.IsMaterialForm())
        {
            throw new ArgumentOutOfRangeException(nameof(itemClass), itemClass, "An assembled good is a component, an assembly or a product.");
        }

        if (!PartCategories.IsDefined(category))
        {
            throw new ArgumentOutOfRangeException(nameof(category), category, $"Not a part category; expected {PartCategories.Expected}.");
        }

        if (!exporter.IsRestOfWorld && Buyer.Contains(exporter))
        {
            return 0;
        }

        return Stacked(m => AppliedByBuyer(m) && !m.Importers.Contains(exporter) && m.Scope.Reaches(exporter) && m.Scope.CoversAssembledGood(itemClass, category, hsCode, maker));
    }

    /// <summary>The content rules in force whose issuer is not inside the buyer and whose destinations reach it.</summary>
    public IEnumerable<PolicyMeasure> ContentRules => _measures.Where(m => m.Kind == MeasureKind.ContentRule && !Buyer.Contains(m.Issuer) && m.Scope.Reaches(Buyer));

    /// <summary>Whether a tariff is applied by the buyer: its issuer, or a member of its customs union, is inside the buyer.</summary>
    private bool AppliedByBuyer(PolicyMeasure tariff) => tariff.Importers.Any(Buyer.Contains);

    private bool IsSanctioned(PolicyMeasure sanction, CountryCode supplier) =>
        (sanction.Issuer == supplier && sanction.Scope.Reaches(Buyer))
        || (Buyer.Contains(sanction.Issuer) && sanction.Scope.Reaches(supplier));

    /// <summary>The stacked rate of the tariffs in force that <paramref name="apply"/> says apply.</summary>
    private double Stacked(Func<PolicyMeasure, bool> apply)
    {
        Dictionary<string, PolicyMeasure>? layers = null;
        foreach (PolicyMeasure m in _measures)
        {
            if (m.Kind == MeasureKind.Tariff && apply(m))
            {
                Keep(ref layers, m);
            }
        }

        return Sum(layers);
    }

    /// <summary>Keeps <paramref name="tariff"/> in its layer unless a later one is there (allocates only when a tariff applies).</summary>
    private static void Keep(ref Dictionary<string, PolicyMeasure>? layers, PolicyMeasure tariff)
    {
        layers ??= new Dictionary<string, PolicyMeasure>(StringComparer.Ordinal);
        if (!layers.TryGetValue(tariff.Layer!, out PolicyMeasure? current) || Later(tariff, current))
        {
            layers[tariff.Layer!] = tariff;
        }
    }

    /// <summary>The layers' rates added up (layers stack), leaving out a layer that another applying tariff displaces.</summary>
    private static double Sum(Dictionary<string, PolicyMeasure>? layers)
    {
        double total = 0;
        if (layers is not null)
        {
            foreach (var layer in layers)
            {
                bool displaced = false;
                foreach (PolicyMeasure other in layers.Values)
                {
                    displaced |= !ReferenceEquals(other, layer.Value) && other.Displaces.Contains(layer.Key, StringComparer.Ordinal);
                }

                total += displaced ? 0 : layer.Value.Magnitude;
            }
        }

        return total;
    }

    /// <summary>Within a layer the latest effective measure wins; on a tie (e.g. two undated what-ifs) the one added later.</summary>
    private static bool Later(PolicyMeasure candidate, PolicyMeasure current) =>
        (candidate.Window.Effective ?? DateTime.MaxValue) >= (current.Window.Effective ?? DateTime.MaxValue);
}
