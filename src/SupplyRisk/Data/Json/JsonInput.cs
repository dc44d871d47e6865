using System.Text.Json;

namespace SupplyRisk.Data.Json;

/// <summary>Parses user JSON files leniently (comments, trailing commas) and turns syntax errors into a located <see cref="ReferenceDataException"/>.</summary>
internal static class JsonInput
{
    public static JsonDocument Parse(string json, string name)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new ReferenceDataException(new[] { new DataError(name, (int?)(e.LineNumber + 1), "is not valid JSON: " + e.Message) });
        }
    }
}
