using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System;
using SupplyRisk.Policy;

namespace Calibration;

/// <summary>
/// China's monthly exports of rare-earth magnets, 2024–2025, as committed in docs/data/calibration, turned into the
/// observed periods a licence ramp is fitted to: for each month from April to October 2025, the exports divided by the
/// same month of 2024, capped at 1 (restocking above normal is not part of the ramp).
/// </summary>
public static class MagnetExportRecord
{
    /// <summary>The day China's licences on seven medium and heavy rare earths took effect (MOFCOM/GAC Announcement No. 18 of 2025).</summary>
    public static readonly DateTime Effective = new(2025, 4, 4);

    /// <summary>The file, relative to the repository root.</summary>
    public const string RelativePath = "docs/data/calibration/china-magnet-exports-2024-2025.csv";

    /// <summary>The months fitted: April to October 2025 (the controls, the ramp, and three months back above the year before).</summary>
    public static IReadOnlyList<(int Year, int Month)> Months { get; } = Enumerable.Range(4, 7).Select(m => (2025, m)).ToArray();

    /// <summary>Finds the file from <paramref name="start"/> upwards (the repository root holds SupplyRisk.sln).</summary>
    public static string Find(string start)
    {
        for (DirectoryInfo? d = new(start); d is not null; d = d.Parent)
        {
            string path = Path.Combine(d.FullName, RelativePath);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException($"{RelativePath} was not found above {start}.");
    }

    /// <summary>Tonnes exported per month, by (year, month).</summary>
    public static IReadOnlyDictionary<(int Year, int Month), double> Tonnes(string path)
    {
        var tonnes = new Dictionary<(int, int), double>();
        foreach (string line in File.ReadLines(path).Where(l => !l.StartsWith('#')).Skip(1))
        {
            string[] fields = line.Split(',', 3); // month,tonnes,… (the first two fields are never quoted)
            if (fields.Length < 2 || fields[1].Length == 0)
            {
                continue;
            }

            DateTime month = DateTime.ParseExact(fields[0], "yyyy-MM", CultureInfo.InvariantCulture);
            tonnes[(month.Year, month.Month)] = double.Parse(fields[1], CultureInfo.InvariantCulture);
        }

        return tonnes;
    }

    /// <summary>The observed periods: exports over the same month a year earlier, capped at 1.</summary>
    public static IReadOnlyList<RampObservation> Observations(string path)
    {
        IReadOnlyDictionary<(int, int), double> t = Tonnes(path);
        return Months.Select(m => RampObservation.Month(m.Year, m.Month, Math.Min(1.0, t[(m.Year, m.Month)] / t[(m.Year - 1, m.Month)]))).ToArray();
    }

    /// <summary>The fitted ramp (long-run rate 1: exports were back above the year before from July 2025).</summary>
    public static LicenceRampFitResult Fit(string path) => LicenceRampFit.Fit(Observations(path), Effective, longRunApprovalRate: 1.0);

    /// <summary>The fit rounded as the library's default is written: rates to 0.01, days to whole days (at least 1 for the half-time).</summary>
    public static LicenceRamp Rounded(LicenceRamp fit) => new(
        Math.Round(fit.InitialApprovalRate, 2),
        fit.LongRunApprovalRate,
        Math.Round(fit.ReviewDelayDays),
        Math.Max(1, Math.Round(fit.HalfTimeDays)));
}
