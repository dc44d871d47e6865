using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System;
using SupplyRisk.Data;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Parts;
using SupplyRisk.Policy;
using SupplyRisk.Sources;

namespace SupplyRisk.IO;

/// <summary>
/// Reads a scenario from JSON (schema in docs/scenario-format.md):
/// <c>{ "id", "name", "description", "followsTimeline", "include": [built-in ids], "severity": {…}, "measures": [ {…} ] }</c>.
/// Every problem is reported at once with its JSON path.
/// </summary>
public static class ScenarioJson
{
    /// <summary>Parses a scenario. Unknown properties are errors (a misspelt key must not widen a measure to "all").</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="name">A name for error messages, e.g. the file name.</param>
    /// <param name="dataset">When given, every material id must be a material of this dataset.</param>
    /// <exception cref="ScenarioFormatException">The JSON is malformed or invalid; every problem is listed with its path.</exception>
    public static Scenario Read(string json, string name, ReferenceDataset? dataset = null)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        var errors = new List<DataError>();
        using (JsonDocument document = IO.JsonInput.Parse(json, name, InputKind.Scenario))
        {
            var reader = new Reader(name, errors, dataset);
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ScenarioFormatException(new[] { new DataError(name, null, "$: a scenario is a JSON object") });
            }

            reader.OnlyKnown(root, "$", "id", "name", "description", "followsTimeline", "include", "severity", "measures");

            string id = reader.String(root, "id", "$", required: true) ?? "scenario";
            ScenarioBuilder? builder = null;
            if (PolicyMeasure.IsValidId(id))
            {
                builder = Scenario.Create(id);
            }
            else
            {
                reader.Fail("$.id", $"'{id}' is not a scenario id (lowercase letters, digits, hyphens)");
            }

            string? scenarioName = reader.String(root, "name", "$");
            string? description = reader.String(root, "description", "$");
            bool follows = reader.Bool(root, "followsTimeline", "$") ?? false;
            var includes = new List<Scenario>();
            foreach (var (item, path) in reader.Array(root, "include", "$"))
            {
                string? included = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
                Scenario? found = EmbeddedData.Scenarios.FirstOrDefault(s => s.Id == included);
                if (found is null)
                {
                    reader.Fail(path, $"'{included}' is not a built-in scenario ({string.Join(", ", EmbeddedData.Scenarios.Select(s => s.Id))})");
                }
                else
                {
                    includes.Add(found);
                }
            }

            ShockSeverity severity = ShockSeverity.Default;
            if (root.TryGetProperty("severity", out JsonElement sev) && reader.IsObject(sev, "$.severity"))
            {
                reader.OnlyKnown(sev, "$.severity", "initialApprovalRate", "licenceApprovalRate", "licenceDelayDays", "rampHalfTimeDays", "maximumRestrictionTradeFactor");
                LicenceRamp ramp = ShockSeverity.DefaultLicensing;
                double initial = reader.Number(sev, "initialApprovalRate", "$.severity") ?? ramp.InitialApprovalRate;
                double approval = reader.Number(sev, "licenceApprovalRate", "$.severity") ?? ramp.LongRunApprovalRate;
                double delay = reader.Number(sev, "licenceDelayDays", "$.severity") ?? ramp.ReviewDelayDays;
                double halfTime = reader.Number(sev, "rampHalfTimeDays", "$.severity") ?? ramp.HalfTimeDays;
                double tmax = reader.Number(sev, "maximumRestrictionTradeFactor", "$.severity") ?? ShockSeverity.Default.MaximumRestrictionTradeFactor;
                try
                {
                    severity = new ShockSeverity(new LicenceRamp(initial, approval, delay, halfTime), tmax);
                }
                catch (ArgumentOutOfRangeException e)
                {
                    reader.Fail("$.severity", DataError.MessageOf(e));
                }
            }

            var measures = new List<PolicyMeasure>();
            foreach (var (item, path) in reader.Array(root, "measures", "$"))
            {
                PolicyMeasure? measure = reader.Measure(item, path);
                if (measure is not null)
                {
                    measures.Add(measure);
                }
            }

            if (errors.Count > 0 || builder is null)
            {
                throw new ScenarioFormatException(errors);
            }

            builder.Named(scenarioName ?? id).Described(description ?? string.Empty).WithSeverity(severity).Including(includes.ToArray()).With(measures.ToArray());
            if (follows)
            {
                builder.FollowingTimeline();
            }

            try
            {
                return builder.Build();
            }
            catch (ArgumentException e)
            {
                throw new ScenarioFormatException(new[] { new DataError(name, null, "$.measures: " + DataError.MessageOf(e)) });
            }
        }
    }

    private sealed class Reader
    {
        private static readonly string[] MeasureProperties =
        {
            "id", "title", "kind", "issuer", "counterparties", "materials", "stages", "effective", "announced",
            "suspendedFrom", "suspendedUntil", "expires", "rate", "layer", "magnitude", "source", "itemClasses", "categories", "hsCodes", "makers", "displaces", "recoveryDays",
        };

        private readonly string _name;
        private readonly List<DataError> _errors;
        private readonly ReferenceDataset? _dataset;

        public Reader(string name, List<DataError> errors, ReferenceDataset? dataset)
        {
            _name = name;
            _errors = errors;
            _dataset = dataset;
        }

        public bool IsObject(JsonElement value, string path)
        {
            if (value.ValueKind == JsonValueKind.Object)
            {
                return true;
            }

            Fail(path, "must be a JSON object");
            return false;
        }

        public void OnlyKnown(JsonElement obj, string path, params string[] known)
        {
            foreach (JsonProperty property in obj.EnumerateObject())
            {
                if (System.Array.IndexOf(known, property.Name) < 0)
                {
                    Fail($"{path}.{property.Name}", $"is not a known property (expected {string.Join(", ", known)})");
                }
            }
        }

        public void Fail(string path, string message) => _errors.Add(new DataError(_name, null, $"{path}: {message}"));

        public string? String(JsonElement obj, string property, string path, bool required = false)
        {
            if (!obj.TryGetProperty(property, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    Fail($"{path}.{property}", "is required");
                }

                return null;
            }

            if (value.ValueKind != JsonValueKind.String)
            {
                Fail($"{path}.{property}", "must be a string");
                return null;
            }

            return value.GetString();
        }

        public bool? Bool(JsonElement obj, string property, string path)
        {
            if (!obj.TryGetProperty(property, out JsonElement value))
            {
                return null;
            }

            if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                Fail($"{path}.{property}", "must be true or false");
                return null;
            }

            return value.GetBoolean();
        }

        public double? Number(JsonElement obj, string property, string path)
        {
            if (!obj.TryGetProperty(property, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out double number) || double.IsNaN(number) || double.IsInfinity(number))
            {
                Fail($"{path}.{property}", "must be a finite number");
                return null;
            }

            return number;
        }

        public DateTime? Date(JsonElement obj, string property, string path)
        {
            string? text = String(obj, property, path);
            if (text is null)
            {
                return null;
            }

            if (!DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime date))
            {
                Fail($"{path}.{property}", $"'{text}' is not a date (YYYY-MM-DD)");
                return null;
            }

            return date;
        }

        /// <summary>
        /// The items of an optional array of strings, each read by <paramref name="parse"/>; an item that is not a string
        /// or that it refuses is an error at the item's path ("… is not <paramref name="expected"/>").
        /// </summary>
        public List<T> Items<T>(JsonElement obj, string property, string path, IO.TryParse<T> parse, string expected)
        {
            var items = new List<T>();
            foreach (var (item, itemPath) in Array(obj, property, path))
            {
                if (item.ValueKind == JsonValueKind.String && parse(item.GetString()!, out T value))
                {
                    items.Add(value);
                }
                else
                {
                    Fail(itemPath, $"{item} is not {expected}");
                }
            }

            return items;
        }

        private static bool LayerName(string text, out string layer)
        {
            layer = text;
            return !string.IsNullOrWhiteSpace(text);
        }

        private static bool MakerName(string text, out string maker)
        {
            maker = text.Trim();
            return maker.Length > 0 && !maker.Any(char.IsControl);
        }

        public IEnumerable<(JsonElement Item, string Path)> Array(JsonElement obj, string property, string path)
        {
            if (!obj.TryGetProperty(property, out JsonElement value))
            {
                yield break;
            }

            if (value.ValueKind != JsonValueKind.Array)
            {
                Fail($"{path}.{property}", "must be an array");
                yield break;
            }

            int i = 0;
            foreach (JsonElement item in value.EnumerateArray())
            {
                yield return (item, $"{path}.{property}[{i++}]");
            }
        }

        public PolicyMeasure? Measure(JsonElement m, string path)
        {
            if (m.ValueKind != JsonValueKind.Object)
            {
                Fail(path, "a measure is a JSON object");
                return null;
            }

            int before = _errors.Count;
            OnlyKnown(m, path, MeasureProperties);
            string id = String(m, "id", path, required: true) ?? string.Empty;
            string title = String(m, "title", path) ?? id;
            string kind = String(m, "kind", path, required: true) ?? string.Empty;
            if (kind.Length > 0 && !MeasureFactory.IsKnown(kind))
            {
                Fail($"{path}.kind", $"'{kind}' is not one of {string.Join(", ", MeasureFactory.KindNames)}");
            }
            string? issuerText = String(m, "issuer", path, required: kind != "demand-shock");
            CountryCode issuer = CountryCode.RestOfWorld;
            Buyer? customsUnion = IO.CustomsUnions.Find(issuerText);
            if (customsUnion is not null)
            {
                issuer = CountryCode.ForCustomsUnion(customsUnion.Code);
            }
            else if (issuerText is not null && (!CountryCode.TryParse(issuerText, out issuer) || issuer.IsRestOfWorld))
            {
                Fail($"{path}.issuer", $"'{issuerText}' is not an ISO 3166-1 country code (nor EU, a customs union that issues tariffs)");
            }

            var counterparties = new List<CountryCode>();
            foreach (var (item, itemPath) in Array(m, "counterparties", path))
            {
                if (item.ValueKind == JsonValueKind.String && CountryCode.TryParse(item.GetString(), out CountryCode c) && !c.IsRestOfWorld)
                {
                    counterparties.Add(c);
                }
                else
                {
                    Fail(itemPath, $"{item} is not an ISO 3166-1 country code");
                }
            }

            var materials = new List<MaterialId>();
            foreach (var (item, itemPath) in Array(m, "materials", path))
            {
                if (item.ValueKind == JsonValueKind.String && MaterialId.TryFrom(item.GetString(), out MaterialId material))
                {
                    if (_dataset is not null && !_dataset.TryGetMaterial(material, out _))
                    {
                        Fail(itemPath, $"'{material}' is not a material of the dataset");
                    }
                    else
                    {
                        materials.Add(material);
                    }
                }
                else
                {
                    Fail(itemPath, $"{item} is not a material id");
                }
            }

            List<StageKind> stages = Items<StageKind>(m, "stages", path, StageKinds.TryParse, StageKinds.Expected);
            List<ItemClass> itemClasses = Items<ItemClass>(m, "itemClasses", path, ItemClasses.TryParse, $"an item class ({ItemClasses.Expected})");
            List<PartCategory> categories = Items<PartCategory>(m, "categories", path, PartCategories.TryParse, $"a part category ({PartCategories.Expected})");
            List<string> hsCodes = Items<string>(m, "hsCodes", path, HsCodes.TryNormalise, $"an HS code ({HsCodes.Expected})");
            List<string> displaces = Items<string>(m, "displaces", path, LayerName, "a tariff layer name");
            List<string> makers = Items<string>(m, "makers", path, MakerName, "a maker (company) name");

            double? recoveryDays = Number(m, "recoveryDays", path);
            DateTime? effective = Date(m, "effective", path);
            DateTime? announced = Date(m, "announced", path);
            DateTime? suspendedFrom = Date(m, "suspendedFrom", path);
            DateTime? suspendedUntil = Date(m, "suspendedUntil", path);
            DateTime? expires = Date(m, "expires", path);
            double? rate = Number(m, "rate", path);
            double? magnitude = Number(m, "magnitude", path);
            string? layer = String(m, "layer", path);
            string source = String(m, "source", path) ?? "scenario file";
            if (effective is null && (announced ?? suspendedFrom ?? suspendedUntil ?? expires) is not null)
            {
                Fail($"{path}.effective", "is required when any other date is given");
            }

            if (_errors.Count > before)
            {
                return null;
            }

            if (effective is DateTime when)
            {
                foreach (string problem in MeasureWindow.Validate(when, announced, suspendedFrom, suspendedUntil, expires))
                {
                    Fail(path, problem);
                }

                if (_errors.Count > before)
                {
                    return null;
                }
            }

            MeasureWindow window = effective is DateTime e ? MeasureWindow.Create(e, announced, suspendedFrom, suspendedUntil, expires) : MeasureWindow.Always;
            PolicyMeasure? measure = MeasureFactory.Create(
                kind, id, title, issuer, new MeasureScope(materials, stages, counterparties, itemClasses, categories, hsCodes, makers), window, magnitude, rate, layer, new Provenance(source, DataQuality.Estimate), out string? error, recoveryDays, displaces, customsUnion);
            if (error is not null)
            {
                Fail(path, error);
            }

            return measure;
        }
    }
}
