using System.Linq;
using System;
using MathNet.Numerics.Random;
using SupplyRisk.Geography;
using SupplyRisk.IO;
using SupplyRisk.Materials;
using SupplyRisk.Policy;
using SupplyRisk.Simulation;

namespace SupplyRisk.Tests.Simulation;

/// <summary>Distributions, uncertain measures and the sampling of trials.</summary>
public sealed class UncertainScenarioTests
{
    private static readonly CountryCode Cn = CountryCode.Parse("CN");
    private static readonly MeasureScope Dysprosium = new(new MaterialId[] { "dysprosium" });

    [Fact]
    public void Distributions_have_their_textbook_means_supports_and_quantiles()
    {
        var random = new Xoshiro256StarStar(5);
        UncertainValue pert = UncertainValue.Pert(0.2, 0.3, 0.8);
        UncertainValue tri = UncertainValue.Triangular(0, 1, 4);
        UncertainValue beta = UncertainValue.Beta(2, 6, 10, 20);
        UncertainValue delay = UncertainValue.LogNormalFromMedian(63, 0.5);

        Assert.Equal((0.2 + (4 * 0.3) + 0.8) / 6, pert.Mean, 12);
        Assert.Equal(5.0 / 3, tri.Mean, 12);
        Assert.Equal(10 + (10 * 2.0 / 8), beta.Mean, 12);
        Assert.Equal(63 * Math.Exp(0.125), delay.Mean, 9);
        Assert.Equal(63, delay.Quantile(0.5), 9);
        Assert.Equal(Math.Sqrt(0.5), tri.Quantile(0.125), 12); // F(x) = x²/4 on [0, 1]

        foreach (UncertainValue v in new[] { pert, tri, beta, delay })
        {
            double[] samples = Enumerable.Range(0, 40_000).Select(_ => v.Sample(random)).ToArray();
            Assert.All(samples, x => Assert.InRange(x, v.Minimum, v.Maximum));
            Assert.InRange(samples.Average(), v.Mean * 0.98, v.Mean * 1.02);
        }

        Assert.True(UncertainValue.Fixed(0.4).IsFixed);
        Assert.Equal(0.4, UncertainValue.Fixed(0.4).Sample(random));
    }

    [Fact]
    public void Invalid_distributions_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => UncertainValue.Pert(0.5, 0.9, 0.8));
        Assert.Throws<ArgumentOutOfRangeException>(() => UncertainValue.Triangular(1, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => UncertainValue.Beta(0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => UncertainValue.LogNormal(0, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => UncertainValue.Fixed(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => UncertainValue.Pert(0, 0.5, 1).Quantile(1.5));
    }

    [Fact]
    public void Uncertain_measures_check_probability_and_magnitude_against_the_measure()
    {
        var licensing = PolicyMeasure.ExportLicensing("lic", "l", Cn, Dysprosium);
        var loss = PolicyMeasure.CapacityLoss("loss", "l", Cn, Dysprosium, 0.5);
        var tariff = PolicyMeasure.Tariff("tar", "t", CountryCode.Parse("US"), MeasureScope.All, 0.25, "layer");

        var noMagnitude = Assert.Throws<ArgumentException>(() => new UncertainMeasure(licensing, 0.5, UncertainValue.Beta(2, 2)));
        Assert.Contains("'lic'", noMagnitude.Message);
        var outside = Assert.Throws<ArgumentException>(() => new UncertainMeasure(loss, 0.5, UncertainValue.Triangular(0, 0.5, 1.5)));
        Assert.Contains("'loss'", outside.Message);
        Assert.Throws<ArgumentException>(() => new UncertainMeasure(loss, 0.5, UncertainValue.LogNormal(0, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new UncertainMeasure(loss, 1.2));
        Assert.Throws<ArgumentException>(() => new UncertainMeasure(tariff, 0.5, UncertainValue.LogNormalFromMedian(0.5, 0.3))); // unbounded: rates stop at 100
        UncertainValue rate = UncertainValue.Pert(0.1, 0.5, 1.0);
        Assert.Same(rate, new UncertainMeasure(tariff, 0.5, rate).Magnitude);
        Assert.Throws<ArgumentException>(() => new UncertainMeasure(tariff, 0.5, UncertainValue.Triangular(-0.1, 0.2, 0.3)));
        Assert.Throws<InvalidOperationException>(() => licensing.WithMagnitude(0.5));
        Assert.Equal(0.2, loss.WithMagnitude(0.2).Magnitude);
        Assert.Equal(0.5, loss.Magnitude);
    }

    [Fact]
    public void Trials_are_reproducible_and_follow_probabilities_of_zero_and_one()
    {
        var always = new UncertainMeasure(PolicyMeasure.CapacityLoss("always", "a", Cn, Dysprosium, 0.5), 1.0, UncertainValue.Pert(0.1, 0.2, 0.9));
        var never = new UncertainMeasure(PolicyMeasure.ExportBan("never", "n", Cn, Dysprosium), 0.0);
        var scenario = new UncertainScenario(SupplyRiskModel.Default.GetScenario("cn-ree-licensing-2025"), new[] { always, never }, licenceApprovalRate: UncertainValue.Beta(2, 2));

        for (int t = 0; t < 50; t++)
        {
            Scenario a = scenario.SampleTrial(9, t);
            Scenario b = scenario.SampleTrial(9, t);
            Assert.Equal(a.Measures.Select(m => (m.Id, m.Magnitude)), b.Measures.Select(m => (m.Id, m.Magnitude)));
            Assert.Equal(a.Severity.Licensing, b.Severity.Licensing);
            Assert.Contains(a.Measures, m => m.Id == "always");
            Assert.DoesNotContain(a.Measures, m => m.Id == "never");
            Assert.Contains(a.Measures, m => m.Id == "cn-ree-licensing-2025");
        }

        Assert.NotEqual(scenario.SampleTrial(9, 0).Severity.Licensing.LongRunApprovalRate, scenario.SampleTrial(9, 1).Severity.Licensing.LongRunApprovalRate);
        Assert.Throws<ArgumentOutOfRangeException>(() => scenario.SampleTrial(9, -1));
    }

    [Fact]
    public void Repeated_ids_and_out_of_range_severities_are_rejected()
    {
        var repeated = new UncertainMeasure(PolicyMeasure.ExportLicensing("cn-ree-licensing-2025", "dup", Cn, Dysprosium), 0.5);
        var e = Assert.Throws<ArgumentException>(() => new UncertainScenario(SupplyRiskModel.Default.GetScenario("cn-ree-licensing-2025"), new[] { repeated }));
        Assert.Contains("cn-ree-licensing-2025", e.Message);
        Assert.Throws<ArgumentException>(() => new UncertainScenario(SupplyRiskModel.Default.GetScenario("baseline"), Array.Empty<UncertainMeasure>(), licenceApprovalRate: UncertainValue.Triangular(0, 0.5, 2)));
        Assert.Throws<ArgumentException>(() => new UncertainScenario(SupplyRiskModel.Default.GetScenario("baseline"), Array.Empty<UncertainMeasure>(), licenceDelayDays: UncertainValue.Triangular(-5, 10, 20)));
    }
}
