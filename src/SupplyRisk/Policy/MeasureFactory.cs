using System.Collections.Generic;
using System;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Sources;

namespace SupplyRisk.Policy;

/// <summary>Creates a measure from its kind name as written in CSV and JSON files, with one set of rules for both.</summary>
internal static class MeasureFactory
{
    public static readonly string[] KindNames =
        { "export-licensing", "export-quota", "export-ban", "content-rule", "tariff", "sanction", "capacity-loss", "demand-shock" };

    public static bool IsKnown(string kind) => Array.IndexOf(KindNames, kind) >= 0;

    /// <summary>The measure, or null with <paramref name="error"/> saying what is missing or wrong.</summary>
    public static PolicyMeasure? Create(
        string kind, string id, string title, CountryCode issuer, MeasureScope scope, MeasureWindow window,
        double? magnitude, double? rate, string? layer, Provenance provenance, out string? error, double? recoveryDays = null, IReadOnlyList<string>? displaces = null, Buyer? customsUnion = null)
    {
        error = null;
        if (customsUnion is not null && kind != "tariff")
        {
            error = $"'{customsUnion.Code}' is a customs union, which can issue tariffs only, not a {kind} measure";
            return null;
        }

        if (kind != "tariff" && displaces is { Count: > 0 })
        {
            error = $"'displaces' belongs to tariffs, not to a {kind} measure";
            return null;
        }

        if (kind != "capacity-loss" && recoveryDays is not null)
        {
            error = $"'recovery_days' belongs to capacity losses, not to a {kind} measure";
            return null;
        }

        bool usesMagnitude = kind is "export-quota" or "content-rule" or "capacity-loss" or "demand-shock";
        if (!usesMagnitude && magnitude is not null)
        {
            error = $"'magnitude' has no meaning for a {kind} measure";
            return null;
        }

        if (kind != "tariff" && (rate is not null || !string.IsNullOrWhiteSpace(layer)))
        {
            error = $"'rate' and 'layer' belong to tariffs, not to a {kind} measure";
            return null;
        }

        try
        {
            switch (kind)
            {
                case "export-licensing":
                    return PolicyMeasure.ExportLicensing(id, title, issuer, scope, window, provenance);
                case "export-quota" when magnitude is double allowed:
                    return PolicyMeasure.ExportQuota(id, title, issuer, scope, allowed, window, provenance);
                case "export-quota":
                    error = "an export quota needs 'magnitude' (the fraction of normal volume still allowed)";
                    return null;
                case "export-ban":
                    return PolicyMeasure.ExportBan(id, title, issuer, scope, window, provenance);
                case "content-rule":
                    return PolicyMeasure.ContentRule(id, title, issuer, scope, magnitude ?? 0.001, window, provenance);
                case "tariff" when rate is double r && !string.IsNullOrWhiteSpace(layer):
                    return customsUnion is null
                        ? PolicyMeasure.Tariff(id, title, issuer, scope, r, layer!, window, provenance, displaces)
                        : PolicyMeasure.CustomsUnionTariff(id, title, customsUnion, scope, r, layer!, window, provenance, displaces);
                case "tariff":
                    error = "a tariff needs 'rate' and 'layer'";
                    return null;
                case "sanction":
                    return PolicyMeasure.Sanction(id, title, issuer, scope, window, provenance);
                case "capacity-loss" when magnitude is double lost:
                    return PolicyMeasure.CapacityLoss(id, title, issuer, scope, lost, window, provenance, recoveryDays);
                case "capacity-loss":
                    error = "a capacity loss needs 'magnitude' (the fraction of output lost)";
                    return null;
                case "demand-shock" when magnitude is double increase:
                    return PolicyMeasure.DemandShock(id, title, scope, increase, window, provenance);
                case "demand-shock":
                    error = "a demand shock needs 'magnitude' (the relative demand increase)";
                    return null;
                default:
                    error = $"kind '{kind}' is not one of {string.Join(", ", KindNames)}";
                    return null;
            }
        }
        catch (ArgumentException e)
        {
            error = e.Message.Split('\n')[0];
            return null;
        }
    }
}
