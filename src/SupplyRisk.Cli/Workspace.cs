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
    public ReferenceDataset Data { get; } = EmbeddedData.Dataset;

    public ProductCatalog Products { get; } = EmbeddedData.Products;

    public PolicyTimeline Timeline { get; } = EmbeddedData.Timeline;

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
        if (EmbeddedData.Scenarios.Any(s => s.Id == idOrFile))
        {
            return EmbeddedData.GetScenario(idOrFile);
        }

        if (File.Exists(idOrFile) || Directory.Exists(idOrFile))
        {
            return ScenarioJson.Read(InputFile.ReadAllText(idOrFile), Path.GetFileName(idOrFile), Data);
        }

        throw new CliException($"--scenario '{idOrFile}' is neither a built-in scenario ({string.Join(", ", EmbeddedData.Scenarios.Select(s => s.Id))}) nor an existing JSON file.");
    }

    /// <summary>The catalog and root part for --product ID or --bom FILE.</summary>
    public (PartCatalog Catalog, string Root, string Label) Target(string? product, string? bom)
    {
        if ((product is null) == (bom is null))
        {
            throw new CliException("Give exactly one of --product ID or --bom FILE.");
        }

        if (product is not null)
        {
            Product p = Products.Products.FirstOrDefault(x => x.Id == product)
                ?? throw new CliException($"Unknown product '{product}'; built in: {string.Join(", ", Products.Products.Select(x => x.Id))}.");
            return (Products.Parts, p.RootPart, p.Id);
        }

        if (Directory.Exists(bom))
        {
            throw new CliException($"--bom '{bom}' is a directory; give a .json or .csv file.");
        }

        if (!File.Exists(bom))
        {
            throw new CliException($"--bom '{bom}' does not exist.");
        }

        string name = Path.GetFileName(bom!);
        string text = InputFile.ReadAllText(bom!);
        ProductCatalog catalog = Path.GetExtension(bom).Equals(".json", StringComparison.OrdinalIgnoreCase)
            ? BomJson.Read(text, name)
            : BomCsv.Read(new StringReader(text), name);
        Product root = catalog.Products.Single();
        return (catalog.Parts, root.RootPart, root.RootPart);
    }
}
