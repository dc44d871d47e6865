using System.Collections.Generic;
using System.IO;
using System.Linq;
using System;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Parts;
using SupplyRisk.Policy;
using SupplyRisk.Sources;

namespace SupplyRisk.IO;

/// <summary>Reads a policy timeline from CSV (the embedded <c>policy-measures.csv</c> or a user's file).</summary>
internal static class PolicyTableReader
{
    internal const string EmbeddedFile = "policy-measures.csv";

    internal const string EmbeddedCutoffFile = "policy-cutoff.csv";

    private static readonly string[] Required = { "id", "kind", "issuer", "effective", "source" };

    public static PolicyTimeline LoadEmbedded()
    {
        DateTime cutoff;
        using (TextReader cutoffReader = EmbeddedResources.Open(EmbeddedCutoffFile))
        {
            cutoff = ReadCutoff(cutoffReader, "embedded " + EmbeddedCutoffFile);
        }

        using TextReader reader = EmbeddedResources.Open(EmbeddedFile);
        return Read(reader, "embedded " + EmbeddedFile, knownMaterials: null, cutoff);
    }

    /// <summary>Reads a one-row <c>data_as_of,basis</c> file.</summary>
    public static DateTime ReadCutoff(TextReader reader, string name)
    {
        var errors = new List<DataError>();
        IReadOnlyList<CsvRecord> records = CsvReader.Read(reader, name, errors, new[] { "data_as_of", "basis" });
        DateTime? cutoff = null;
        if (errors.Count == 0 && records.Count != 1)
        {
            errors.Add(new DataError(name, 0, $"expected one row with data_as_of and basis, found {records.Count}"));
        }
        else if (errors.Count == 0)
        {
            var f = new FieldReader(records[0], errors);
            f.RequiredText("data_as_of");
            f.RequiredText("basis");
            cutoff = f.Date("data_as_of");
        }

        if (errors.Count > 0 || cutoff is null)
        {
            throw new PolicyFormatException(errors);
        }

        return cutoff.Value;
    }

    public static PolicyTimeline Read(TextReader reader, string name, ISet<MaterialId>? knownMaterials, DateTime? dataAsOf = null)
    {
        var errors = new List<DataError>();
        IReadOnlyList<CsvRecord> records = CsvReader.Read(reader, name, errors, Required);
        var measures = new List<PolicyMeasure>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (CsvRecord record in records)
        {
            var f = new FieldReader(record, errors);
            string id = f.RequiredText("id");
            if (id.Length > 0 && !PolicyMeasure.IsValidId(id))
            {
                f.Fail($"'{id}' is not a measure id (lowercase letters, digits, hyphens)");
            }
            else if (id.Length > 0 && !ids.Add(id))
            {
                f.Fail($"measure id '{id}' is used more than once");
            }

            string kind = f.RequiredText("kind");
            Buyer? customsUnion = CustomsUnions.Find(f.Text("issuer"));
            CountryCode? issuer = customsUnion is null ? f.CountryCode("issuer", allowRestOfWorld: false) : CountryCode.ForCustomsUnion(customsUnion.Code);
            var counterparties = new List<CountryCode>();
            foreach (string code in f.List("destinations"))
            {
                if (CountryCode.TryParse(code, out CountryCode c) && !c.IsRestOfWorld)
                {
                    counterparties.Add(c);
                }
                else
                {
                    f.Fail($"destinations: '{code}' is not an ISO 3166-1 country code");
                }
            }

            var materials = new List<MaterialId>();
            foreach (string text in f.List("materials"))
            {
                if (!MaterialId.TryFrom(text, out MaterialId m))
                {
                    f.Fail($"materials: '{text}' is not a material id");
                }
                else if (knownMaterials is not null && !knownMaterials.Contains(m))
                {
                    f.Fail($"materials: '{text}' is not a material of the dataset");
                }
                else
                {
                    materials.Add(m);
                }
            }

            List<StageKind> stages = f.Items<StageKind>("stages", StageKinds.TryParse, StageKinds.Expected);
            List<ItemClass> itemClasses = f.Items<ItemClass>("item_classes", ItemClasses.TryParse, $"an item class ({ItemClasses.Expected})");
            List<PartCategory> categories = f.Items<PartCategory>("categories", PartCategories.TryParse, $"a part category ({PartCategories.Expected})");
            List<string> hsCodes = f.Items<string>("hs_codes", HsCodes.TryNormalise, $"an HS code ({HsCodes.Expected})");
            IReadOnlyList<string>? displaces = record.Has("displaces") ? f.List("displaces").ToArray() : null;
            double? recoveryDays = record.Has("recovery_days") ? f.OptionalNumber("recovery_days", 0, LicenceRamp.MaximumDays) : null;
            if (recoveryDays is double r && r <= 0)
            {
                f.Fail("'recovery_days' must be positive");
            }

            DateTime? announced = f.Date("announced");
            DateTime? effective = f.Date("effective");
            DateTime? suspendedFrom = f.Date("suspended_from");
            DateTime? suspendedUntil = f.Date("suspended_until");
            DateTime? expires = f.Date("expires");
            if (effective is null && f.Text("effective").Length == 0)
            {
                f.Fail("'effective' is empty");
            }

            if (effective is DateTime e)
            {
                foreach (string problem in MeasureWindow.Validate(e, announced, suspendedFrom, suspendedUntil, expires))
                {
                    f.Fail(problem);
                }
            }

            double? rate = f.OptionalNumber("rate", 0, 100);
            double? magnitude = record.Has("magnitude") ? f.OptionalNumber("magnitude", 0, 100) : null;
            string layer = f.Text("layer");
            Provenance provenance = f.Provenance(record.Has("quality") ? "quality" : null, yearColumn: "year");
            if (!f.Ok)
            {
                continue;
            }

            if (kind == "demand-shock")
            {
                f.Fail("demand shocks belong in scenarios, not in a dated timeline");
                continue;
            }

            MeasureWindow window = MeasureWindow.Create(effective!.Value, announced, suspendedFrom, suspendedUntil, expires);
            if (dataAsOf is DateTime cutoff && PolicyTimeline.CutoffProblem(window, cutoff.Date) is string late)
            {
                f.Fail($"announced: the measure {late}");
                continue;
            }

            PolicyMeasure? measure = MeasureFactory.Create(
                kind, id, f.Text("title"), issuer!.Value, new MeasureScope(materials, stages, counterparties, itemClasses, categories, hsCodes, record.Has("makers") ? f.List("makers") : null), window, magnitude, rate, layer, provenance, out string? error, recoveryDays, displaces, customsUnion);
            if (measure is null)
            {
                f.Fail(error!);
            }
            else
            {
                measures.Add(measure);
            }
        }

        if (errors.Count > 0)
        {
            throw new PolicyFormatException(errors);
        }

        return new PolicyTimeline(measures, dataAsOf);
    }
}
