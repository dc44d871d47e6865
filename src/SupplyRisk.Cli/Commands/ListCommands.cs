using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System;
using SupplyRisk.Criticality;
using SupplyRisk.IO;
using SupplyRisk.Materials;
using SupplyRisk.Parts;
using SupplyRisk.Policy;

namespace SupplyRisk.Cli.Commands;

/// <summary><c>materials</c>, <c>products</c>, <c>scenarios</c>: what the tool knows, as a table or JSON.</summary>
internal static class ListCommands
{
    public static Command Materials(Func<Workspace> workspace, TextWriter output, TextWriter error)
    {
        var format = Cli.Format("table", "json");
        var command = new Command("materials", "List the materials of the embedded dataset with their stages and EU parameters.") { format };
        command.SetAction(parse => Cli.Run(output, error, () =>
        {
            var data = workspace().Data;
            if (parse.GetValue(format) == "json")
            {
                output.WriteLine(Cli.Json(json =>
                {
                    json.WriteStartArray();
                    foreach (Material m in data.Materials)
                    {
                        json.WriteStartObject();
                        json.WriteString("id", m.Id.Value);
                        json.WriteString("name", m.Name);
                        json.WriteString("group", m.Group?.Value);
                        json.WriteStartArray("stages");
                        foreach (SupplyStage s in m.Stages)
                        {
                            json.WriteStartObject();
                            json.WriteString("stage", s.Kind.ToString().ToLowerInvariant());
                            json.WriteString("label", s.Label);
                            json.WriteStartArray("shares");
                            foreach (CountryShare e in s.Shares.Entries)
                            {
                                json.WriteStartObject();
                                json.WriteString("country", e.Country.Value);
                                json.WriteNumber("share", e.Share);
                                json.WriteString("quality", e.Provenance.Quality.ToString().ToLowerInvariant());
                                json.WriteString("source", e.Provenance.Source);
                                json.WriteEndObject();
                            }

                            json.WriteEndArray();
                            json.WriteEndObject();
                        }

                        json.WriteEndArray();
                        WriteOptional(json, "eolRir", m.EndOfLifeRecyclingInputRate);
                        WriteOptional(json, "siSr", m.SubstitutionIndexSupplyRisk);
                        WriteOptional(json, "usdPerKg", data.FindPrice(m.Id)?.UsdPerKilogram);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                }));
                return 0;
            }

            var table = new TextTable("material", "name", "group", "stages", "top supplier (last stage)", "EoL-RIR", "SI_SR", "US$/kg").Numeric(5, 6, 7);
            foreach (Material m in data.Materials)
            {
                CountryShare top = m.Stages[m.Stages.Count - 1].Shares.Entries[0];
                table.Add(
                    m.Id.Value,
                    m.Name,
                    m.Group?.Value ?? "",
                    string.Join(",", m.Stages.Select(s => s.Kind.ToString().ToLowerInvariant().Substring(0, 4))),
                    $"{top.Country} {top.Share.ToString("P0", CultureInfo.InvariantCulture)}",
                    F(m.EndOfLifeRecyclingInputRate, "0.00"),
                    F(m.SubstitutionIndexSupplyRisk, "0.00"),
                    F(data.FindPrice(m.Id)?.UsdPerKilogram, "0.##"));
            }

            output.Write(table.ToString());
            return 0;
        }));
        return command;
    }

    public static Command Products(Func<Workspace> workspace, TextWriter output, TextWriter error)
    {
        var format = Cli.Format("table", "json");
        var command = new Command("products", "List the built-in product archetypes.") { format };
        command.SetAction(parse => Cli.Run(output, error, () =>
        {
            var products = workspace().Products;
            if (parse.GetValue(format) == "json")
            {
                output.WriteLine(Cli.Json(json =>
                {
                    json.WriteStartArray();
                    foreach (Product p in products.Products)
                    {
                        FlatPart flat = products.Parts.Flatten(p.RootPart);
                        json.WriteStartObject();
                        json.WriteString("id", p.Id);
                        json.WriteString("name", p.Name);
                        json.WriteString("category", p.Category.ToString().ToLowerInvariant());
                        json.WriteString("rootPart", p.RootPart);
                        json.WriteStartArray("materials");
                        foreach (FlatMaterial m in flat.Materials)
                        {
                            json.WriteStartObject();
                            json.WriteString("material", m.Material.Value);
                            json.WriteNumber("grams", m.Grams);
                            json.WriteEndObject();
                        }

                        json.WriteEndArray();
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                }));
                return 0;
            }

            var table = new TextTable("product", "name", "category", "root part", "materials", "heaviest materials (g per unit)").Numeric(4);
            foreach (Product p in products.Products)
            {
                FlatPart flat = products.Parts.Flatten(p.RootPart);
                table.Add(
                    p.Id,
                    p.Name,
                    p.Category.ToString().ToLowerInvariant(),
                    p.RootPart,
                    flat.Materials.Count.ToString(CultureInfo.InvariantCulture),
                    string.Join(", ", flat.Materials.OrderByDescending(m => m.Grams).Take(3).Select(m => $"{m.Material} {m.Grams.ToString("#,0.#", CultureInfo.InvariantCulture)}")));
            }

            output.Write(table.ToString());
            return 0;
        }));
        return command;
    }

    public static Command Scenarios(Func<Workspace> workspace, TextWriter output, TextWriter error)
    {
        var format = Cli.Format("table", "json");
        var command = new Command("scenarios", "List the built-in scenarios.") { format };
        command.SetAction(parse => Cli.Run(output, error, () =>
        {
            _ = workspace();
            if (parse.GetValue(format) == "json")
            {
                output.WriteLine(Cli.Json(json =>
                {
                    json.WriteStartArray();
                    foreach (Scenario s in EmbeddedData.Scenarios)
                    {
                        json.WriteStartObject();
                        json.WriteString("id", s.Id);
                        json.WriteString("name", s.Name);
                        json.WriteString("description", s.Description);
                        json.WriteBoolean("followsTimeline", s.FollowsTimeline);
                        json.WriteStartArray("measures");
                        foreach (PolicyMeasure m in s.Measures)
                        {
                            json.WriteStartObject();
                            json.WriteString("id", m.Id);
                            json.WriteString("kind", m.Kind.ToString());
                            json.WriteString("title", m.Title);
                            json.WriteString("source", m.Provenance.Source);
                            json.WriteEndObject();
                        }

                        json.WriteEndArray();
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                }));
                return 0;
            }

            var table = new TextTable("scenario", "measures", "name");
            foreach (Scenario s in EmbeddedData.Scenarios)
            {
                table.Add(s.Id, s.FollowsTimeline ? "timeline" : s.Measures.Count.ToString(CultureInfo.InvariantCulture), s.Name);
            }

            output.Write(table.ToString());
            return 0;
        }));
        return command;
    }

    private static void WriteOptional(System.Text.Json.Utf8JsonWriter json, string name, double? value)
    {
        if (value is double v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string F(double? value, string format) => value?.ToString(format, CultureInfo.InvariantCulture) ?? "-";
}
