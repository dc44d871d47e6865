using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System;
using SupplyRisk.Data;
using SupplyRisk.Diagnostics;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Parts;

namespace SupplyRisk.IO;

/// <summary>
/// Reads a bill of materials from JSON (schema in docs/data-format.md):
/// <c>{ "parts": [ { "partNumber", "name", "category", "madeIn": "CN" | { "CN": 0.7, "JP": 0.3 }, "itemClass", "coverDays", "hsCode", "maker",
/// "materials": [ { "material", "grams", "substitutability" } ], "children": [ { "part", "quantity" } ] } ] }</c>.
/// The first part is the root. Every problem is reported at once with its JSON path.
/// </summary>
public static class BomJson
{
    /// <summary>Parses a BOM into a one-product catalog.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="name">A name for error messages, e.g. the file name.</param>
    /// <param name="limits">The limits the BOM must stay within (default <see cref="BomLimits.Default"/>).</param>
    /// <exception cref="BomFormatException">The JSON is malformed or invalid, or exceeds a limit; every problem is listed with its path.</exception>
    public static ProductCatalog Read(string json, string name, BomLimits? limits = null)
    {
        limits ??= BomLimits.Default;
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        var errors = new List<DataError>();
        void Fail(string path, string message) => errors.Add(new DataError(name, null, $"{path}: {message}"));
        var parts = new List<Part>();
        using (JsonDocument document = IO.JsonInput.Parse(json, name, InputKind.Bom))
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("parts", out JsonElement array) || array.ValueKind != JsonValueKind.Array || array.GetArrayLength() == 0)
            {
                throw new BomFormatException(new[] { new DataError(name, null, "$.parts: a non-empty array of parts is required") });
            }

            if (array.GetArrayLength() > limits.MaxParts)
            {
                throw new BomFormatException(new[] { new DataError(name, null, string.Format(System.Globalization.CultureInfo.InvariantCulture, "$.parts: {0:N0} parts, over the limit of {1:N0} (BomLimits.MaxParts)", array.GetArrayLength(), limits.MaxParts)) });
            }

            Fields(document.RootElement, "$", Fail, "parts");
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
                Fields(p, path, Fail, PartFields);
                string? number = Text(p, "partNumber", path, Fail);
                string? partName = Text(p, "name", path, Fail);
                if (number is null)
                {
                    Fail(path + ".partNumber", "is required");
                }

                string? categoryText = Text(p, "category", path, Fail);
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

                string? hsCode = null;
                if (p.TryGetProperty("hsCode", out JsonElement hsElement)
                    && (hsElement.ValueKind != JsonValueKind.String || !HsCodes.TryNormalise(hsElement.GetString(), out hsCode)))
                {
                    Fail(path + ".hsCode", $"must be an HS code ({HsCodes.Expected})");
                }

                string? maker = null;
                if (p.TryGetProperty("maker", out JsonElement makerElement))
                {
                    maker = makerElement.ValueKind == JsonValueKind.String ? makerElement.GetString() : null;
                    if (maker is null)
                    {
                        Fail(path + ".maker", "must be a string: the company that makes and exports the part");
                    }
                }

                CountryShares? madeIn = MadeIn(p, path + ".madeIn", Fail);
                var materials = new List<MaterialContent>();
                int j = 0;
                foreach (JsonElement m in Items(p, "materials", path, Fail))
                {
                    string mpath = $"{path}.materials[{j++}]";
                    int atMaterial = errors.Count;
                    Fields(m, mpath, Fail, "material", "grams", "substitutability");
                    string? material = Text(m, "material", mpath, Fail);
                    double? grams = Number(m, "grams", mpath, Fail);
                    double? substitutability = Number(m, "substitutability", mpath, Fail);
                    if (errors.Count > atMaterial)
                    {
                        continue;
                    }

                    try
                    {
                        materials.Add(new MaterialContent(MaterialId.From(material ?? string.Empty), grams ?? double.NaN, substitutability ?? 1.0));
                    }
                    catch (ArgumentException e)
                    {
                        Fail(mpath, DataError.MessageOf(e));
                    }
                }

                var children = new List<BomLine>();
                j = 0;
                foreach (JsonElement c in Items(p, "children", path, Fail))
                {
                    string cpath = $"{path}.children[{j++}]";
                    int atChild = errors.Count;
                    Fields(c, cpath, Fail, "part", "quantity");
                    string? child = Text(c, "part", cpath, Fail);
                    double? quantity = Number(c, "quantity", cpath, Fail);
                    if (errors.Count > atChild)
                    {
                        continue;
                    }

                    try
                    {
                        children.Add(new BomLine(child ?? string.Empty, quantity ?? double.NaN));
                    }
                    catch (ArgumentException e)
                    {
                        Fail(cpath, DataError.MessageOf(e));
                    }
                }

                if (errors.Count == before)
                {
                    try
                    {
                        parts.Add(new Part(number!, partName ?? number!, category, madeIn!, materials, children, itemClass: itemClass, coverDays: coverDays, hsCode: hsCode, maker: maker));
                    }
                    catch (ArgumentException e)
                    {
                        Fail(path, DataError.MessageOf(e));
                    }
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new BomFormatException(errors);
        }

        try
        {
            var catalog = new PartCatalog(parts);
            limits.Check(catalog, name);
            return new ProductCatalog(new[] { new Product(parts[0].PartNumber, parts[0].Name, parts[0].Category, parts[0].PartNumber) }, catalog);
        }
        catch (ArgumentException e)
        {
            throw new BomFormatException(new[] { new DataError(name, null, "$.parts: " + DataError.MessageOf(e)) });
        }
    }

    /// <summary>The fields a part object may have: anything else (a misspelt <c>matrials</c>) is an error, never ignored.</summary>
    private static readonly string[] PartFields = { "partNumber", "name", "category", "madeIn", "itemClass", "coverDays", "hsCode", "maker", "materials", "children" };

    /// <summary>Reports, for an object, every field not in <paramref name="allowed"/> and every field given twice; a non-object is reported too.</summary>
    private static void Fields(JsonElement obj, string path, Action<string, string> fail, params string[] allowed)
    {
        if (obj.ValueKind != JsonValueKind.Object)
        {
            fail(path, "must be a JSON object");
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonProperty property in obj.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                fail($"{path}.{QuotedText.Prefix(property.Name, 40)}", "is given twice");
            }
            else if (Array.IndexOf(allowed, property.Name) < 0)
            {
                fail($"{path}.{QuotedText.Prefix(property.Name, 40)}", $"is not a field here (expected {string.Join(", ", allowed)})");
            }
        }
    }

    /// <summary>The items of an array field; absent = none; any other shape is an error.</summary>
    private static IEnumerable<JsonElement> Items(JsonElement obj, string property, string path, Action<string, string> fail)
    {
        if (obj.ValueKind != JsonValueKind.Object || !obj.TryGetProperty(property, out JsonElement a))
        {
            return Enumerable.Empty<JsonElement>();
        }

        if (a.ValueKind != JsonValueKind.Array)
        {
            fail($"{path}.{property}", $"must be an array, not {Kind(a)}");
            return Enumerable.Empty<JsonElement>();
        }

        return a.EnumerateArray();
    }

    /// <summary>A string field; absent = null; any other type is an error.</summary>
    private static string? Text(JsonElement obj, string property, string path, Action<string, string> fail)
    {
        if (obj.ValueKind != JsonValueKind.Object || !obj.TryGetProperty(property, out JsonElement v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.String)
        {
            fail($"{path}.{property}", $"must be a string, not {Kind(v)}");
            return null;
        }

        return v.GetString();
    }

    /// <summary>A number field; absent = null; a number given as a string (<c>"0.3"</c>) or any other type is an error.</summary>
    private static double? Number(JsonElement obj, string property, string path, Action<string, string> fail)
    {
        if (obj.ValueKind != JsonValueKind.Object || !obj.TryGetProperty(property, out JsonElement v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.Number)
        {
            fail($"{path}.{property}", $"must be a number, not {Kind(v)}");
            return null;
        }

        return v.GetDouble();
    }

    private static string Kind(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

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
