using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using SupplyRisk.Data;
using SupplyRisk.Geography;
using SupplyRisk.Materials;

namespace SupplyRisk.Parts;

/// <summary>
/// Reads a bill of materials from JSON (schema in docs/data-format.md):
/// <c>{ "parts": [ { "partNumber", "name", "category", "madeIn": "CN" | { "CN": 0.7, "JP": 0.3 }, "itemClass", "coverDays",
/// "materials": [ { "material", "grams", "substitutability" } ], "children": [ { "part", "quantity" } ] } ] }</c>.
/// The first part is the root. Every problem is reported at once with its JSON path.
/// </summary>
public static class BomJson
{
    /// <summary>Parses a BOM into a one-product catalog.</summary>
    /// <exception cref="ReferenceDataException">The JSON is malformed or invalid; every problem is listed with its path.</exception>
    public static ProductCatalog Read(string json, string name)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        var errors = new List<DataError>();
        void Fail(string path, string message) => errors.Add(new DataError(name, null, $"{path}: {message}"));
        var parts = new List<Part>();
        using (JsonDocument document = Data.Json.JsonInput.Parse(json, name))
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("parts", out JsonElement array) || array.ValueKind != JsonValueKind.Array || array.GetArrayLength() == 0)
            {
                throw new ReferenceDataException(new[] { new DataError(name, null, "$.parts: a non-empty array of parts is required") });
            }

            int i = 0;
            foreach (JsonElement p in array.EnumerateArray())
            {
                string path = $"$.parts[{i++}]";
                if (p.ValueKind != JsonValueKind.Object)
                {
                    Fail(path, "a part is a JSON object");
                    continue;
                }

                int before = errors.Count;
                string? number = Text(p, "partNumber");
                if (number is null)
                {
                    Fail(path + ".partNumber", "is required");
                }

                string? categoryText = Text(p, "category");
                PartCategory category = PartCategory.Other;
                if (categoryText is null || !PartCategories.TryParse(categoryText, out category))
                {
                    Fail(path + ".category", $"'{categoryText}' is not {PartCategories.Expected}");
                }

                ItemClass itemClass = ItemClass.Component;
                if (p.TryGetProperty("itemClass", out JsonElement classElement)
                    && (classElement.ValueKind != JsonValueKind.String || !ItemClasses.TryParse(classElement.GetString(), out itemClass)))
                {
                    Fail(path + ".itemClass", $"must be one of {ItemClasses.Expected}");
                }

                double? coverDays = null;
                if (p.TryGetProperty("coverDays", out JsonElement coverElement))
                {
                    if (coverElement.ValueKind == JsonValueKind.Number && coverElement.GetDouble() is double d && d >= 0 && d <= Part.MaximumCoverDays)
                    {
                        coverDays = d;
                    }
                    else
                    {
                        Fail(path + ".coverDays", $"must be a number of days within [0, {Part.MaximumCoverDays}]");
                    }
                }

                CountryShares? madeIn = MadeIn(p, path + ".madeIn", Fail);
                var materials = new List<MaterialContent>();
                int j = 0;
                foreach (JsonElement m in Items(p, "materials"))
                {
                    string mpath = $"{path}.materials[{j++}]";
                    try
                    {
                        materials.Add(new MaterialContent(MaterialId.From(Text(m, "material") ?? string.Empty), Number(m, "grams") ?? double.NaN, Number(m, "substitutability") ?? 1.0));
                    }
                    catch (ArgumentException e)
                    {
                        Fail(mpath, e.Message.Split('\n')[0]);
                    }
                }

                var children = new List<BomLine>();
                j = 0;
                foreach (JsonElement c in Items(p, "children"))
                {
                    string cpath = $"{path}.children[{j++}]";
                    try
                    {
                        children.Add(new BomLine(Text(c, "part") ?? string.Empty, Number(c, "quantity") ?? double.NaN));
                    }
                    catch (ArgumentException e)
                    {
                        Fail(cpath, e.Message.Split('\n')[0]);
                    }
                }

                if (errors.Count == before)
                {
                    try
                    {
                        parts.Add(new Part(number!, Text(p, "name") ?? number!, category, madeIn!, materials, children, itemClass: itemClass, coverDays: coverDays));
                    }
                    catch (ArgumentException e)
                    {
                        Fail(path, e.Message.Split('\n')[0]);
                    }
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new ReferenceDataException(errors);
        }

        try
        {
            var catalog = new PartCatalog(parts);
            return new ProductCatalog(new[] { new Product(parts[0].PartNumber, parts[0].Name, parts[0].Category, parts[0].PartNumber) }, catalog);
        }
        catch (ArgumentException e)
        {
            throw new ReferenceDataException(new[] { new DataError(name, null, "$.parts: " + e.Message.Split('\n')[0]) });
        }
    }

    private static IEnumerable<JsonElement> Items(JsonElement obj, string property) =>
        obj.TryGetProperty(property, out JsonElement a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : Enumerable.Empty<JsonElement>();

    private static string? Text(JsonElement obj, string property) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(property, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double? Number(JsonElement obj, string property) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(property, out JsonElement v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private static CountryShares? MadeIn(JsonElement part, string path, Action<string, string> fail)
    {
        // Called for objects only.
        if (!part.TryGetProperty("madeIn", out JsonElement v))
        {
            fail(path, "is required: a country code or an object of country shares");
            return null;
        }

        var entries = new List<CountryShare>();
        if (v.ValueKind == JsonValueKind.String)
        {
            entries.Add(new CountryShare(CountryCode.TryParse(v.GetString(), out CountryCode c) ? c : default, 1.0));
        }
        else if (v.ValueKind == JsonValueKind.Object)
        {
            foreach (JsonProperty p in v.EnumerateObject())
            {
                entries.Add(new CountryShare(CountryCode.TryParse(p.Name, out CountryCode c) ? c : default, p.Value.ValueKind == JsonValueKind.Number ? p.Value.GetDouble() : double.NaN));
            }
        }

        if (entries.Count == 0 || entries.Any(e => e.Country.IsDefault))
        {
            fail(path, $"{v} is not an ISO 3166-1 country code or an object of country shares");
            return null;
        }

        IReadOnlyList<string> problems = CountryShares.Validate(entries);
        foreach (string problem in problems)
        {
            fail(path, problem);
        }

        return problems.Count == 0 ? CountryShares.Create(entries) : null;
    }
}
