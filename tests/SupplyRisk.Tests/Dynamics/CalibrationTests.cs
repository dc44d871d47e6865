using System.Linq;
using System;
using Calibration;
using SupplyRisk.Policy;

namespace SupplyRisk.Tests.Dynamics;

/// <summary>The default licence ramp is the fit of the committed 2025 record, and the fit recovers known ramps.</summary>
public sealed class CalibrationTests
{
    [Fact]
    public void The_default_licence_ramp_is_the_rounded_fit_of_Chinas_2025_magnet_exports()
    {
        string path = MagnetExportRecord.Find(AppContext.BaseDirectory);
        LicenceRampFitResult fit = MagnetExportRecord.Fit(path);
        Assert.Equal(ShockSeverity.DefaultLicensing, MagnetExportRecord.Rounded(fit.Ramp));
        Assert.True(fit.RootMeanSquareError < 0.1, $"RMSE {fit.RootMeanSquareError}");

        // What the record says, month by month: May 2025 at about a quarter of normal, back to normal from July.
        var may = fit.Predictions.Single(p => p.Key.Start == new DateTime(2025, 5, 1));
        Assert.InRange(may.Key.PassShare, 0.25, 0.27);
        Assert.All(fit.Predictions.Where(p => p.Key.Start >= new DateTime(2025, 7, 1)), p => Assert.Equal(1.0, p.Value, 3));
    }

    [Fact]
    public void A_fit_recovers_the_ramp_that_generated_the_observations()
    {
        var truth = new LicenceRamp(initialApprovalRate: 0.2, longRunApprovalRate: 0.9, reviewDelayDays: 40, halfTimeDays: 25);
        var effective = new DateTime(2024, 1, 10);
        var observations = Enumerable.Range(1, 9)
            .Select(m => RampObservation.Month(2024, m, 0))
            .Select(o => new RampObservation(o.Start, o.End, o.Predicted(truth, effective)))
            .ToArray();

        LicenceRampFitResult fit = LicenceRampFit.Fit(observations, effective, longRunApprovalRate: 0.9);

        Assert.True(fit.RootMeanSquareError < 1e-3, fit.RootMeanSquareError.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0.2, fit.Ramp.InitialApprovalRate, 1);
        Assert.InRange(fit.Ramp.ReviewDelayDays, 35, 45);
        Assert.InRange(fit.Ramp.HalfTimeDays, 20, 30);
    }

    [Fact]
    public void A_fit_needs_three_periods_and_valid_shares()
    {
        var effective = new DateTime(2025, 4, 4);
        Assert.Throws<ArgumentException>(() => LicenceRampFit.Fit(new[] { RampObservation.Month(2025, 5, 0.3), RampObservation.Month(2025, 6, 0.6) }, effective));
        Assert.Throws<ArgumentOutOfRangeException>(() => RampObservation.Month(2025, 5, 1.2));
        Assert.Throws<ArgumentOutOfRangeException>(() => RampObservation.Month(2025, 5, double.NaN));
        Assert.Throws<ArgumentException>(() => new RampObservation(new DateTime(2025, 5, 1), new DateTime(2025, 5, 1), 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => LicenceRampFit.Fit(Enumerable.Range(4, 3).Select(m => RampObservation.Month(2025, m, 0.5)), effective, longRunApprovalRate: 1.5));
    }
}
