using System;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Parts;

namespace SupplyRisk.IO;

/// <summary>
/// How to read an ERP bill-of-materials export (<see cref="ErpBomReader"/>): separators, column names, units, the
/// defaults for what ERP exports leave out, and what to do with materials the dataset does not know. Immutable; set
/// properties with an object initialiser (<c>new ErpBomOptions { Columns = ErpBomColumns.Sap }</c>). Setters validate.
/// </summary>
public sealed class ErpBomOptions
{
    private readonly char? _delimiter;
    private readonly char? _decimalSeparator;
    private readonly ErpBomColumns _columns = ErpBomColumns.Default;
    private readonly MassUnit _massUnit = IO.MassUnit.Gram;
    private readonly string? _rootPartNumber;
    private readonly PartCategory _category = PartCategory.Other;
    private readonly CountryShares _defaultMadeIn = UnknownOrigin;
    private readonly UnknownMaterialHandling _unknownMaterials = UnknownMaterialHandling.Fail;
    private readonly BomLimits _limits = BomLimits.Default;

    /// <summary>
    /// The made-in mix used when a part's made-in is not given: <c>ROW</c> (rest of the world) with share 1, the library's
    /// country for an unknown or unlisted origin. Such a part counts as made outside every buyer: it enters the buyer whole,
    /// as an import from ROW, which tariffs on goods from all exporters reach and tariffs that name countries do not
    /// (docs/methodology.md, section 4, "Rest of world").
    /// </summary>
    public static CountryShares UnknownOrigin { get; } = CountryShares.Create((CountryCode.RestOfWorld, 1.0));

    // Declared after UnknownOrigin: static initialisers run in order, and a new instance reads UnknownOrigin.

    /// <summary>The defaults: separators detected, <see cref="ErpBomColumns.Default"/> headers, grams, unknown materials fail.</summary>
    public static ErpBomOptions Default { get; } = new();

    /// <summary>
    /// The field separator: <c>;</c>, <c>,</c> or a tab; <see langword="null"/> (default) to detect it from the header
    /// line (the one of the three that occurs most often outside quotes; a tie is an error asking for it).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">On set: not <c>;</c>, <c>,</c> or a tab.</exception>
    public char? Delimiter
    {
        get => _delimiter;
        init => _delimiter = value is null or ';' or ',' or '\t' ? value : throw new ArgumentOutOfRangeException(nameof(Delimiter), value, "The delimiter must be ';', ',' or a tab.");
    }

    /// <summary>
    /// The decimal separator of quantities, masses and made-in shares: <c>.</c> or <c>,</c>; <see langword="null"/>
    /// (default) for <c>,</c> when the delimiter is <c>;</c> (as German and French ERP exports write them) and <c>.</c>
    /// otherwise. Thousands separators are refused, never guessed: <c>1.000</c> with a decimal comma is an error.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">On set: not <c>.</c> or <c>,</c>.</exception>
    public char? DecimalSeparator
    {
        get => _decimalSeparator;
        init => _decimalSeparator = value is null or '.' or ',' ? value : throw new ArgumentOutOfRangeException(nameof(DecimalSeparator), value, "The decimal separator must be '.' or ','.");
    }

    /// <summary>The header names of the columns (default <see cref="ErpBomColumns.Default"/>; SAP exports: <see cref="ErpBomColumns.Sap"/>).</summary>
    /// <exception cref="ArgumentNullException">On set: null.</exception>
    public ErpBomColumns Columns
    {
        get => _columns;
        init => _columns = value ?? throw new ArgumentNullException(nameof(Columns));
    }

    /// <summary>
    /// The unit of material masses when the file has no unit column (default grams). When it has one, every material line
    /// states its unit and this is not used.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">On set: not a defined unit.</exception>
    public MassUnit MassUnit
    {
        get => _massUnit;
        init => _massUnit = value is >= IO.MassUnit.Milligram and <= IO.MassUnit.Tonne ? value : throw new ArgumentOutOfRangeException(nameof(MassUnit), value, "Not a mass unit.");
    }

    /// <summary>
    /// The part the file is the bill of materials of, when the export does not list it as a row (SAP CS12 names the
    /// exploded material in its title, and its rows start at level 1). Rows at the top (level 1 in an indented file, an
    /// empty parent in a flat one) become its children; it is named by its part number and made in
    /// <see cref="DefaultMadeIn"/>. <see langword="null"/> (default): top rows are top-level parts (level 0, or an empty
    /// parent), and a level-1 row with no level-0 row above it is an error.
    /// </summary>
    /// <exception cref="ArgumentException">On set: blank or holding a control character.</exception>
    public string? RootPartNumber
    {
        get => _rootPartNumber;
        init
        {
            if (value is not null && (string.IsNullOrWhiteSpace(value) || value.Trim().Length == 0 || HasControl(value)))
            {
                throw new ArgumentException("The root part number must be printable, non-blank text.", nameof(RootPartNumber));
            }

            _rootPartNumber = value?.Trim();
        }
    }

    /// <summary>The category given to every part read (ERP exports carry none; default <see cref="PartCategory.Other"/>). It selects the default days of cover.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On set: not a defined category.</exception>
    public PartCategory Category
    {
        get => _category;
        init => _category = PartCategories.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(Category), value, $"Not a part category; expected {PartCategories.Expected}.");
    }

    /// <summary>
    /// Where a part is made when the file has no made-in column or its rows leave it empty: default
    /// <see cref="UnknownOrigin"/> (<c>ROW</c>). The native BOM formats require a made-in on every part; ERP exports
    /// rarely have one, so this default stands in for it and is the same for every such part.
    /// </summary>
    /// <exception cref="ArgumentNullException">On set: null.</exception>
    public CountryShares DefaultMadeIn
    {
        get => _defaultMadeIn;
        init => _defaultMadeIn = value ?? throw new ArgumentNullException(nameof(DefaultMadeIn));
    }

    /// <summary>What to do with a material the dataset does not know (default <see cref="UnknownMaterialHandling.Fail"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">On set: not a defined value.</exception>
    public UnknownMaterialHandling UnknownMaterials
    {
        get => _unknownMaterials;
        init => _unknownMaterials = value is UnknownMaterialHandling.Fail or UnknownMaterialHandling.SkipAndReport ? value : throw new ArgumentOutOfRangeException(nameof(UnknownMaterials), value, "Not an unknown-material handling.");
    }

    /// <summary>The limits the BOM must stay within (default <see cref="BomLimits.Default"/>).</summary>
    /// <exception cref="ArgumentNullException">On set: null.</exception>
    public BomLimits Limits
    {
        get => _limits;
        init => _limits = value ?? throw new ArgumentNullException(nameof(Limits));
    }

    private static bool HasControl(string text)
    {
        foreach (char c in text)
        {
            if (char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A unit of mass in an ERP export, converted to the library's grams.</summary>
public enum MassUnit
{
    /// <summary>Milligrams (<c>mg</c>): 0.001 g.</summary>
    Milligram,

    /// <summary>Grams (<c>g</c>).</summary>
    Gram,

    /// <summary>Kilograms (<c>kg</c>): 1,000 g.</summary>
    Kilogram,

    /// <summary>Metric tonnes (<c>t</c>): 1,000,000 g.</summary>
    Tonne,
}

/// <summary>What the <see cref="ErpBomReader"/> does with a material line whose material the dataset does not know.</summary>
public enum UnknownMaterialHandling
{
    /// <summary>Fail: the <see cref="BomFormatException"/> lists every unknown material with the first line it is on.</summary>
    Fail,

    /// <summary>Skip those lines and report them in <see cref="ErpBomResult.SkippedMaterials"/>; the rest of the BOM is read.</summary>
    SkipAndReport,
}
