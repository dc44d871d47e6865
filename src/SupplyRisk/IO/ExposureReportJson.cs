using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text;
using System;
using SupplyRisk.Materials;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;

namespace SupplyRisk.IO;

/// <summary>
/// Writes an <see cref="ExposureReport"/> as one JSON object. The field names are a stable contract for
/// integrations (documented in README.md): <c>product</c>, <c>productName</c>, <c>buyer</c>, <c>scenario</c>,
/// <c>asOf</c>, <c>horizonDays</c>, <c>score</c>, <c>structuralRisk</c>, <c>expectedShortfall</c> and <c>outputLost</c>
/// (the same number), <c>timeToSurviveDays</c>, <c>timeToRecoverDays</c>, <c>shortfallDriver</c>, <c>bindingPart</c>,
/// <c>costImpact</c>, <c>costImpactTariffs</c>, <c>costImpactPrices</c>, <c>contributions</c> (per material, with
/// <c>supplyBasis</c>: <c>combined</c> when the buyer's own sourcing was used, <c>globalSupplyOnly</c> when the buyer
/// has no sourcing data for it, and why), <c>byCountry</c>, <c>byStage</c>,
/// <c>measuresInForce</c> and <c>measuresNotInForce</c> (each with the reason and <c>stateBasis</c>: <c>recorded</c>,
/// <c>assumed</c> or <c>whatIf</c>), <c>dataAsOf</c> (the policy data's cut-off, or null), <c>afterCutoff</c>
/// (<c>extend</c> or <c>reinstate</c>) and <c>assumptions</c> (each change recorded after the cut-off within the
/// horizon and what was assumed of it). Fields may be added, never renamed.
/// <para>
/// No field of an array's records repeats a name of the report object, so <c>pandas.json_normalize(report,
/// "contributions", meta=[...])</c> (or <c>"byCountry"</c>, <c>"byStage"</c>, ...) flattens without a name conflict: a
/// material's points of the score are <c>materialScore</c>, its output lost and times <c>materialOutputLost</c>,
/// <c>materialTimeToSurviveDays</c> and <c>materialTimeToRecoverDays</c>; a country's and a stage's points are
/// <c>countryScore</c> and <c>stageScore</c>. (These six were named <c>score</c>, <c>outputLost</c>,
/// <c>timeToSurviveDays</c> and <c>timeToRecoverDays</c> inside the records before; the one rename the contract has
/// had, made because the repeated names made <c>json_normalize</c> fail.)
/// </para>
/// </summary>
public static class ExposureReportJson
{
    /// <summary>The report as an indented JSON object.</summary>
    public static string Write(ExposureReport report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            Write(json, report);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the report object to a JSON writer (for arrays of reports).</summary>
    public static void Write(Utf8JsonWriter json, ExposureReport report)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        json.WriteStartObject();
        json.WriteString("product", report.PartNumber);
        json.WriteString("productName", report.PartName);
        json.WriteString("buyer", report.Buyer.Code);
        json.WriteString("scenario", report.Scenario.Id);
        json.WriteString("asOf", report.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteNumber("horizonDays", report.HorizonDays);
        json.WriteNumber("score", report.Score);
        json.WriteNumber("structuralRisk", report.StructuralRisk);
        json.WriteNumber("expectedShortfall", report.ExpectedShortfall);
        json.WriteNumber("outputLost", report.OutputLost);
        NumberOrNull(json, "timeToSurviveDays", report.TimeToSurviveDays);
        NumberOrNull(json, "timeToRecoverDays", report.TimeToRecoverDays);
        StringOrNull(json, "shortfallDriver", report.ShortfallDriver);
        StringOrNull(json, "bindingPart", report.BindingPart);
        json.WriteNumber("costImpact", report.CostImpact);
        json.WriteNumber("costImpactTariffs", report.CostImpactTariffs);
        json.WriteNumber("costImpactMaterialTariffs", report.CostImpactMaterialTariffs);
        json.WriteNumber("costImpactPartTariffs", report.CostImpactPartTariffs);
        json.WriteNumber("costImpactPrices", report.CostImpactPrices);
        json.WriteStartArray("contributions");
        foreach (MaterialExposure m in report.Materials)
        {
            json.WriteStartObject();
            json.WriteString("material", m.Material.Value);
            json.WriteNumber("materialScore", m.Score);
            json.WriteNumber("structural", m.Structural);
            json.WriteNumber("shortfall", m.Shortfall);
            json.WriteNumber("grams", m.Grams);
            json.WriteNumber("valueShare", m.ValueShare);
            json.WriteNumber("substitutability", m.Substitutability);
            json.WriteNumber("supplyRisk", m.Outlook.SupplyRisk.Value);
            json.WriteString("bottleneckStage", StageKinds.Name(m.Outlook.SupplyRisk.Bottleneck.Stage.Kind));
            json.WriteString("supplyBasis", Criticality.SupplyBases.Name(m.Outlook.SupplyRisk.Bottleneck.Result.Basis));
            json.WriteString("supplyBasisReason", m.Outlook.SupplyRisk.Bottleneck.BasisReason);
            json.WriteNumber("availability", m.MinimumAvailability);
            json.WriteNumber("minimumAvailability", m.MinimumAvailability);
            json.WriteNumber("dayOfMinimumAvailability", m.DayOfMinimumAvailability);
            json.WriteNumber("materialOutputLost", m.OutputLost);
            NumberOrNull(json, "materialTimeToSurviveDays", m.Path.TimeToSurviveDays);
            NumberOrNull(json, "materialTimeToRecoverDays", m.Path.TimeToRecoverDays);
            json.WriteNumber("coverDays", m.Path.CoverDays);
            json.WriteBoolean("servedFromTraderStock", m.Path.ServedFromTraderStock);
            json.WriteString("containingPart", m.Path.ContainingPart);
            json.WriteNumber("costMultiplier", m.CostMultiplier);
            json.WriteNumber("priceMultiplier", m.PriceMultiplier);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteContributions(json, "byCountry", "country", report.ByCountry);
        WriteContributions(json, "byStage", "stage", report.ByStage);
        WriteMeasures(json, "measuresInForce", report.Measures.Where(m => m.State == MeasureState.InForce));
        WriteMeasures(json, "measuresNotInForce", report.Measures.Where(m => m.State != MeasureState.InForce));
        if (report.DataAsOf is DateTime cutoff)
        {
            json.WriteString("dataAsOf", Date(cutoff));
        }
        else
        {
            json.WriteNull("dataAsOf");
        }

        json.WriteString("afterCutoff", AfterCutoffRules.Name(report.AfterCutoff));
        json.WriteStartArray("assumptions");
        foreach (PolicyAssumption a in report.Assumptions)
        {
            json.WriteStartObject();
            json.WriteString("measure", a.Measure.Id);
            json.WriteString("date", Date(a.Date));
            json.WriteString("change", a.Change switch
            {
                ScheduledChange.TakesEffect => "takesEffect",
                ScheduledChange.SuspensionStarts => "suspensionStarts",
                ScheduledChange.SuspensionLapses => "suspensionLapses",
                _ => "expires",
            });
            json.WriteBoolean("happens", a.Happens);
            json.WriteString("description", a.Description);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Date(DateTime date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static void NumberOrNull(Utf8JsonWriter json, string name, int? value)
    {
        if (value is int v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void StringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteContributions(Utf8JsonWriter json, string name, string key, System.Collections.Generic.IEnumerable<Contribution> contributions)
    {
        json.WriteStartArray(name);
        foreach (Contribution c in contributions)
        {
            json.WriteStartObject();
            json.WriteString(key, c.Key);
            json.WriteNumber(key + "Score", c.Score);
            json.WriteNumber("structural", c.Structural);
            json.WriteNumber("shortfall", c.Shortfall);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteMeasures(Utf8JsonWriter json, string name, System.Collections.Generic.IEnumerable<MeasureAsOf> measures)
    {
        json.WriteStartArray(name);
        foreach (MeasureAsOf s in measures)
        {
            json.WriteStartObject();
            json.WriteString("id", s.Measure.Id);
            json.WriteString("title", s.Measure.Title);
            json.WriteString("kind", s.Measure.Kind.ToString());
            json.WriteString("state", s.State.ToString());
            json.WriteString("reason", s.Reason);
            json.WriteString("stateBasis", s.Basis switch
            {
                StateBasis.Assumed => "assumed",
                StateBasis.WhatIf => "whatIf",
                _ => "recorded",
            });
            json.WriteString("source", s.Measure.Provenance.Source);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
