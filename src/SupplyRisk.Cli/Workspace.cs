using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System;
using SupplyRisk.Data;
using SupplyRisk.Geography;
using SupplyRisk.IO;
using SupplyRisk.Parts;
using SupplyRisk.Policy;

namespace SupplyRisk.Cli;

/// <summary>What the commands work on: the embedded data, and the resolution of ids and files given on the command line.</summary>
internal sealed class Workspace
{
    public SupplyRiskModel Model { get; } = SupplyRiskModel.Default;

    public ReferenceDataset Data => Model.Data;

    public ProductCatalog Products => Model.Products;

    public PolicyTimeline Timeline => Model.Timeline;

    public static DateTime ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return DateTime.Today;
        }

        if (!DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime date))
        {
            throw new CliException($"--as-of '{text}' is not a date: use YYYY-MM-DD.");
        }

        return date;
    }

    public Buyer Buyer(string code)
    {
        try
        {
            return Data.GetBuyer(code);
        }
        catch (System.Collections.Generic.KeyNotFoundException e)
        {
            throw new CliException(e.Message);
        }
    }

    public Scenario Scenario(string idOrFile)
    {
        if (Model.TryGetScenario(idOrFile, out Scenario? builtIn))
        {
            return builtIn;
        }

        if (File.Exists(idOrFile) || Directory.Exists(idOrFile))
        {
            return ScenarioJson.Read(InputFile.ReadAllText(idOrFile), Path.GetFileName(idOrFile), Data);
        }

        throw new CliException($"--scenario '{idOrFile}' is neither a built-in scenario ({string.Join(", ", Model.Scenarios.Select(s => s.Id))}) nor an existing JSON file.");
    }

    /// <summary>The built-in product with that id, as a scoring target.</summary>
    public Target Product(string id)
    {
        if (!Model.TryGetProduct(id, out Product? p))
        {
            throw new CliException($"Unknown product '{id}'; built in: {string.Join(", ", Products.Products.Select(x => x.Id))}.");
        }

        return new Target(Products.Parts, p.RootPart, p.Id, null);
    }

    /// <summary>
    /// Every top-level part of a BOM file, as scoring targets. <paramref name="format"/>: <c>auto</c> (SupplyRisk's own
    /// JSON or CSV, by extension), <c>erp</c> or <c>sap</c> (an ERP export: docs/erp-bom.md). Unknown materials in an
    /// ERP export fail the file unless <paramref name="skipUnknownMaterials"/>, when each is reported on <paramref name="notes"/>.
    /// </summary>
    public IReadOnlyList<Target> Bom(string path, string format, bool skipUnknownMaterials, string? root, TextWriter notes)
    {
        if (Directory.Exists(path))
        {
            throw new CliException($"--bom '{path}' is a directory; give a .json or .csv file.");
        }

        if (!File.Exists(path))
        {
            throw new CliException($"--bom '{path}' does not exist.");
        }

        PartCatalog parts;
        switch (format)
        {
            case "auto":
                if (skipUnknownMaterials || root is not null)
                {
                    throw new CliException("--skip-unknown-materials and --bom-root apply to ERP exports: give --bom-format erp or sap.");
                }

                parts = BomFile.Read(path).Parts;
                break;
            case "erp":
            case "sap":
                var options = new ErpBomOptions
                {
                    Columns = format == "sap" ? ErpBomColumns.Sap : ErpBomColumns.Default,
                    UnknownMaterials = skipUnknownMaterials ? UnknownMaterialHandling.SkipAndReport : UnknownMaterialHandling.Fail,
                    RootPartNumber = root,
                };
                ErpBomResult result = ErpBomReader.Read(path, options, Data);
                foreach (SkippedMaterial skipped in result.SkippedMaterials)
                {
                    notes.WriteLine($"supplyrisk: note: not scored: {skipped}");
                }

                parts = result.Parts;
                break;
            default:
                throw new CliException($"--bom-format '{format}' is not one of auto, erp, sap.");
        }

        foreach (Part top in parts.TopLevelParts)
        {
            if (parts.Flatten(top.PartNumber).Materials.Count == 0)
            {
                notes.WriteLine($"supplyrisk: note: '{top.PartNumber}' holds no material the dataset knows: its score of 0 means nothing could be scored, not that it is safe.");
            }
        }

        return parts.TopLevelParts.Select(p => new Target(parts, p.PartNumber, p.PartNumber, Path.GetFileName(path))).ToList();
    }
}

/// <summary>A part to score: its catalog, its part number, the label the output gives it, and the BOM file it came from (null: built in).</summary>
internal sealed record Target(PartCatalog Catalog, string Root, string Label, string? File)
{
    /// <summary>
    /// The targets with unique labels: where two share one (two BOMs with the same top part, or a part named like a
    /// built-in product), the BOM targets among them are labelled <c>file:part</c>.
    /// </summary>
    public static Target[] Distinct(IEnumerable<Target> targets)
    {
        Target[] list = targets.ToArray();
        var shared = new HashSet<string>(list.GroupBy(t => t.Label, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key), StringComparer.Ordinal);
        Target[] labelled = list.Select(t => shared.Contains(t.Label) && t.File is not null ? t with { Label = t.File + ":" + t.Root } : t).ToArray();
        string? still = labelled.GroupBy(t => t.Label, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).FirstOrDefault();
        return still is null ? labelled : throw new CliException($"'{still}' is given twice: name each BOM file and product once.");
    }
}
