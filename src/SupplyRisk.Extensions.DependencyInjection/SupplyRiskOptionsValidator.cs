using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.Extensions.Options;
using SupplyRisk.Concentration;
using SupplyRisk.IO;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;

namespace SupplyRisk.Extensions.DependencyInjection;

/// <summary>Checks every value of <see cref="SupplyRiskOptions"/> and lists every problem, not only the first.</summary>
internal sealed class SupplyRiskOptionsValidator : IValidateOptions<SupplyRiskOptions>
{
    public ValidateOptionsResult Validate(string? name, SupplyRiskOptions options)
    {
        if (options is null)
        {
            return ValidateOptionsResult.Fail("SupplyRisk options are null.");
        }

        List<string> problems = Problems(options);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    /// <summary>Every problem of the options, each naming the property (as in configuration) and the value.</summary>
    internal static List<string> Problems(SupplyRiskOptions options)
    {
        var problems = new List<string>();
        if (!TradeFactor.IsValid(options.InsideBuyerTradeFactor))
        {
            problems.Add(Invariant($"SupplyRisk:InsideBuyerTradeFactor must be a finite, positive number (1 = no adjustment); got {options.InsideBuyerTradeFactor:R}."));
        }

        if (options.DefaultHorizonDays < 1 || options.DefaultHorizonDays > ScoringOptions.MaximumHorizonDays)
        {
            problems.Add(Invariant($"SupplyRisk:DefaultHorizonDays must lie within [1, {ScoringOptions.MaximumHorizonDays}]; got {options.DefaultHorizonDays}."));
        }

        if (!TryParseAfterCutoff(options.AfterCutoff, out _))
        {
            problems.Add($"SupplyRisk:AfterCutoff must be one of {string.Join(", ", Enum.GetNames(typeof(AfterCutoff)))}; got '{Quote(options.AfterCutoff)}'.");
        }

        if (options.ScorerCacheSize < 0 || options.ScorerCacheSize > 100_000)
        {
            problems.Add(Invariant($"SupplyRisk:ScorerCacheSize must lie within [0, 100000]; got {options.ScorerCacheSize}."));
        }

        for (int i = 0; i < options.DataFiles.Count; i++)
        {
            SupplyRiskDataFile? file = options.DataFiles[i];
            string where = Invariant($"SupplyRisk:DataFiles:{i}");
            if (file is null)
            {
                problems.Add(where + " is empty.");
                continue;
            }

            if (string.IsNullOrWhiteSpace(file.Kind))
            {
                problems.Add($"{where}:Kind is missing; it must be one of {KnownKinds}.");
            }
            else if (!TryParseKind(file.Kind, out _))
            {
                problems.Add($"{where}:Kind '{Quote(file.Kind)}' is unknown; it must be one of {KnownKinds}.");
            }

            CheckFile(problems, where + ":Path", file.Path, required: true);
        }

        CheckFile(problems, "SupplyRisk:TimelineFile", options.TimelineFile, required: false);
        if (options.TimelineDataAsOf is not null && string.IsNullOrWhiteSpace(options.TimelineFile))
        {
            problems.Add("SupplyRisk:TimelineDataAsOf is set but SupplyRisk:TimelineFile is not: the cut-off belongs to a timeline file.");
        }

        for (int i = 0; i < options.ScenarioFiles.Count; i++)
        {
            CheckFile(problems, Invariant($"SupplyRisk:ScenarioFiles:{i}"), options.ScenarioFiles[i], required: true);
        }

        CheckFile(problems, "SupplyRisk:ProductsFile", options.ProductsFile, required: false);
        return problems;
    }

    internal static bool TryParseAfterCutoff(string? value, out AfterCutoff rule) => TryParseName(value, out rule);

    internal static bool TryParseKind(string? value, out DataFileKind kind) => TryParseName(value, out kind);

    private static string KnownKinds => string.Join(", ", Enum.GetNames(typeof(DataFileKind)));

    /// <summary>Parses an enum member by name only (case-insensitive): numbers, which Enum.TryParse also takes, are refused.</summary>
    private static bool TryParseName<T>(string? value, out T result)
        where T : struct, Enum
    {
        result = default;
        string? name = value?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        string? match = Enum.GetNames(typeof(T)).FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            return false;
        }

        result = (T)Enum.Parse(typeof(T), match);
        return true;
    }

    private static void CheckFile(List<string> problems, string where, string? path, bool required)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            if (required)
            {
                problems.Add(where + " is missing: give a file path.");
            }

            return;
        }

        if (!File.Exists(path))
        {
            problems.Add($"{where}: file '{Quote(path)}' does not exist (full path {Quote(SafeFullPath(path!))}).");
        }
    }

    private static string SafeFullPath(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException or System.Security.SecurityException)
        {
            return path;
        }
    }

    private static string Quote(string? value) => value is null ? "(null)" : value.Length <= 200 ? value : value.Substring(0, 200) + "…";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
