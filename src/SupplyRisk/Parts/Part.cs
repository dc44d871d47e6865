using System.Collections.Generic;
using System.Linq;
using System;
using SupplyRisk.Data;
using SupplyRisk.Diagnostics;
using SupplyRisk.Materials;
using SupplyRisk.Sources;

namespace SupplyRisk.Parts;

/// <summary>
/// A part or product: its number, name, category, item class, where it is made (a country mix), the days of cover
/// its user holds of it, the materials it contains directly, and its child parts. Immutable and thread-safe.
/// </summary>
public sealed class Part
{
    private static readonly IReadOnlyList<MaterialContent> NoMaterials = Array.AsReadOnly(Array.Empty<MaterialContent>());
    private static readonly IReadOnlyList<BomLine> NoChildren = Array.AsReadOnly(Array.Empty<BomLine>());

    /// <summary>The largest days of cover accepted, 3,650 (ten years).</summary>
    public const double MaximumCoverDays = 3650;

    /// <summary>Creates a part.</summary>
    /// <param name="partNumber">The part number (trimmed; not blank).</param>
    /// <param name="name">A name (the part number when blank).</param>
    /// <param name="category">What the part is used in.</param>
    /// <param name="madeIn">Where the part is made, as a country mix.</param>
    /// <param name="materials">Materials contained directly.</param>
    /// <param name="children">Child parts with quantities.</param>
    /// <param name="madeInProvenance">Where the made-in mix comes from.</param>
    /// <param name="itemClass">
    /// The form of the part (default <see cref="ItemClass.Component"/>). Material forms (magnet, sputtering target, …)
    /// pass their materials on to the part that uses them; see <see cref="ItemClasses.IsMaterialForm"/>.
    /// </param>
    /// <param name="coverDays">
    /// Days of normal use of this part that its user (the maker of the parent) holds in stock, in [0, 3650];
    /// <see langword="null"/> for the default of the dataset (by category and item class).
    /// </param>
    /// <param name="hsCode">
    /// The Harmonized System code of the part as traded (e.g. <c>8703.80</c> for a battery-electric car), 2 to 10 digits,
    /// dots and spaces allowed; tariffs scoped by HS heading act on it (<see cref="Policy.MeasureScope.HsCodes"/>).
    /// Optional.
    /// </param>
    /// <param name="maker">
    /// The company that makes and exports the part (e.g. <c>BYD</c>), for duties that differ by exporting producer, such as
    /// the EU's countervailing duties on Chinese battery-electric cars (<see cref="Policy.MeasureScope.Makers"/>). Optional.
    /// </param>
    /// <exception cref="ArgumentException">The part number is blank or holds a control character, a material or a child repeats or is null, the item class is not defined, the HS code is not 2–10 digits, or the maker is blank or holds a control character.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The days of cover are NaN or out of range.</exception>
    public Part(
        string partNumber,
        string name,
        PartCategory category,
        CountryShares madeIn,
        IEnumerable<MaterialContent>? materials = null,
        IEnumerable<BomLine>? children = null,
        Provenance? madeInProvenance = null,
        ItemClass itemClass = ItemClass.Component,
        double? coverDays = null,
        string? hsCode = null,
        string? maker = null)
    {
        if (string.IsNullOrWhiteSpace(partNumber))
        {
            throw new ArgumentException("A part needs a part number.", nameof(partNumber));
        }

        if (partNumber.Any(char.IsControl))
        {
            throw new ArgumentException($"Part number '{QuotedText.Prefix(partNumber, 40)}' holds a control character (a tab, a line break, …); part numbers are printable text.", nameof(partNumber));
        }

        if (!ItemClasses.IsDefined(itemClass))
        {
            throw new ArgumentException($"Part '{partNumber.Trim()}': {(int)itemClass} is not an item class; expected one of {ItemClasses.Expected}.", nameof(itemClass));
        }

        if (coverDays is double days && (double.IsNaN(days) || days < 0 || days > MaximumCoverDays))
        {
            throw new ArgumentOutOfRangeException(nameof(coverDays), days, $"Part '{partNumber.Trim()}': days of cover must lie within [0, {MaximumCoverDays}].");
        }

        PartNumber = partNumber.Trim();
        string? digits = null;
        if (hsCode is not null && !HsCodes.TryNormalise(hsCode, out digits))
        {
            throw new ArgumentException($"Part '{PartNumber}': '{QuotedText.Prefix(hsCode, 20)}' is not an HS code ({HsCodes.Expected}).", nameof(hsCode));
        }

        HsCode = digits;
        if (maker is not null && (maker.Trim().Length == 0 || maker.Any(char.IsControl)))
        {
            throw new ArgumentException($"Part '{PartNumber}': the maker '{QuotedText.Prefix(maker, 40)}' must be non-blank printable text.", nameof(maker));
        }

        Maker = maker?.Trim();
        ItemClass = itemClass;
        CoverDays = coverDays;
        Name = string.IsNullOrWhiteSpace(name) ? PartNumber : name;
        Category = category;
        MadeIn = madeIn ?? throw new ArgumentNullException(nameof(madeIn));
        MadeInProvenance = madeInProvenance ?? Provenance.UserSupplied;
        MaterialContent[] materialArray = (materials ?? Enumerable.Empty<MaterialContent>()).ToArray();
        BomLine[] childArray = (children ?? Enumerable.Empty<BomLine>()).ToArray();
        Materials = materialArray.Length == 0 ? NoMaterials : Array.AsReadOnly(materialArray);
        Children = childArray.Length == 0 ? NoChildren : Array.AsReadOnly(childArray); // a large BOM is mostly leaves: one shared empty list
        if (Materials.Any(m => m is null))
        {
            throw new ArgumentException($"Part '{PartNumber}' has a null material line.", nameof(materials));
        }

        if (Children.Any(c => c is null))
        {
            throw new ArgumentException($"Part '{PartNumber}' has a null child line.", nameof(children));
        }

        string? repeatedMaterial = Materials.GroupBy(m => m.Material).Where(g => g.Count() > 1).Select(g => g.Key.Value).FirstOrDefault();
        if (repeatedMaterial is not null)
        {
            throw new ArgumentException($"Part '{PartNumber}' lists material '{repeatedMaterial}' more than once.", nameof(materials));
        }

        string? repeatedChild = Children.GroupBy(c => c.ChildPartNumber, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).FirstOrDefault();
        if (repeatedChild is not null)
        {
            throw new ArgumentException($"Part '{PartNumber}' lists child '{repeatedChild}' more than once.", nameof(children));
        }
    }

    /// <summary>The part number.</summary>
    public string PartNumber { get; }

    /// <summary>The Harmonized System code as digits (e.g. <c>870380</c>), or <see langword="null"/> when not given.</summary>
    public string? HsCode { get; }

    /// <summary>The company that makes and exports the part, or <see langword="null"/> when not given.</summary>
    public string? Maker { get; }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The category.</summary>
    public PartCategory Category { get; }

    /// <summary>The form of the part: a material form (magnet, sputtering target, …) or an assembled good.</summary>
    public ItemClass ItemClass { get; }

    /// <summary>Days of normal use of this part its user holds in stock; <see langword="null"/> for the dataset's default.</summary>
    public double? CoverDays { get; }

    /// <summary>Where the part is made (assembled), as a country mix.</summary>
    public CountryShares MadeIn { get; }

    /// <summary>Where the made-in mix comes from.</summary>
    public Provenance MadeInProvenance { get; }

    /// <summary>Materials contained directly (not through children).</summary>
    public IReadOnlyList<MaterialContent> Materials { get; }

    /// <summary>Child parts with quantities.</summary>
    public IReadOnlyList<BomLine> Children { get; }

    /// <inheritdoc />
    public override string ToString() => $"{PartNumber} ({Name})";
}
