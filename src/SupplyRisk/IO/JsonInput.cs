using System.Text.Json;
using System;

namespace SupplyRisk.IO;

/// <summary>Parses user JSON files leniently (comments, trailing commas) and turns syntax errors into a located <see cref="DataFormatException"/> of the input's kind.</summary>
internal static class JsonInput
{
    /// <summary>
    /// Parses <paramref name="json"/>; a syntax error, or a string or property name whose escapes are not valid UTF-16 (a
    /// lone surrogate such as <c>\ud800</c>), is a <see cref="DataFormatException"/> of the input's kind naming the file and the line or
    /// JSON path, never the parser's own message alone.
    /// </summary>
    public static JsonDocument Parse(string json, string name, InputKind kind)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw DataFormatException.Create(kind, new[] { new DataError(name, (int?)(e.LineNumber + 1), "is not valid JSON: " + e.Message) });
        }

        string? bad = FirstInvalidString(document.RootElement, "$");
        if (bad is not null)
        {
            document.Dispose();
            throw DataFormatException.Create(kind, new[] { new DataError(name, null, bad + ": holds an escape that is not valid UTF-16 (a lone surrogate, \\uD800 to \\uDFFF without its pair)") });
        }

        return document;
    }

    /// <summary>The JSON path of the first string or property name that cannot be decoded, or null when all can.</summary>
    private static string? FirstInvalidString(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return Decodes(() => element.GetString()) ? null : path;
            case JsonValueKind.Array:
                int i = 0;
                foreach (JsonElement item in element.EnumerateArray())
                {
                    string? bad = FirstInvalidString(item, $"{path}[{i++}]");
                    if (bad is not null)
                    {
                        return bad;
                    }
                }

                return null;
            case JsonValueKind.Object:
                int index = 0;
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    string? name = null;
                    if (!Decodes(() => name = property.Name))
                    {
                        return $"{path}: the name of property {index}";
                    }

                    string? bad = FirstInvalidString(property.Value, $"{path}.{name}");
                    if (bad is not null)
                    {
                        return bad;
                    }

                    index++;
                }

                return null;
            default:
                return null;
        }
    }

    private static bool Decodes(Func<string?> read)
    {
        try
        {
            read();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
