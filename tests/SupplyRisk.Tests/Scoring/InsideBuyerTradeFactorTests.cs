using System;
using System.Linq;
using SupplyRisk.Engine;
using SupplyRisk.IO;
using SupplyRisk.Parts;
using SupplyRisk.Scoring;

namespace SupplyRisk.Tests.Scoring;

/// <summary>The inside-buyer trade factor of <see cref="ScoringOptions"/> acts on scoring, in the scorer and the engine alike.</summary>
public sealed class InsideBuyerTradeFactorTests
{
    private static readonly DateTime Day = new(2026, 11, 28);

    [Fact]
    public void A_different_factor_changes_an_EU_buyers_structural_risk_and_the_engine_follows()
    {
        SupplyRiskModel model = SupplyRiskModel.Default;
        PartCatalog parts = model.Products.Parts;
        ExposureScorer standard = model.CreateScorer("EU", "current", Day);
        ExposureScorer neutral = model.CreateScorer("EU", "current", Day, new ScoringOptions(insideBuyerTradeFactor: 1.0));
        Assert.Equal(SupplyRiskAssessor.DefaultInsideBuyerTradeFactor, standard.Options.InsideBuyerTradeFactor);
        Assert.Equal(1.0, neutral.Options.InsideBuyerTradeFactor);

        // A factor below 1 discounts EU-internal suppliers; without it (1.0) their share weighs in full, so SR can only rise.
        var pairs = parts.TopLevelParts.Select(p => (Part: p.PartNumber, Standard: standard.Score(parts, p.PartNumber).StructuralRisk, Neutral: neutral.Score(parts, p.PartNumber).StructuralRisk)).ToArray();
        Assert.Contains(pairs, p => p.Neutral > p.Standard + 1e-9);
        Assert.All(pairs, p => Assert.True(p.Neutral >= p.Standard - 1e-12, $"{p.Part}: {p.Neutral:R} < {p.Standard:R}"));

        // The compiled engine takes the structural risk from the scorer's outlooks: it equals the explained scorer for both factors.
        foreach (ExposureScorer scorer in new[] { standard, neutral })
        {
            CompiledCatalog catalog = CompiledCatalog.Compile(parts, scorer.Data, scorer.Buyer);
            CompiledScenario compiled = CompiledScenario.Compile(scorer, catalog);
            var scores = new double[catalog.PartCount];
            ExposureEngine.Score(compiled, scores, new double[catalog.PartCount], new double[catalog.PartCount]);
            for (int p = 0; p < catalog.PartCount; p++)
            {
                double expected = scorer.Score(parts, catalog.PartNumbers[p]).Score;
                Assert.True(Math.Abs(expected - scores[p]) <= ExposureEngine.RelativeTolerance * Math.Max(1.0, Math.Abs(expected)), $"{catalog.PartNumbers[p]} at factor {scorer.Options.InsideBuyerTradeFactor}: scorer {expected:R}, engine {scores[p]:R}");
            }
        }
    }

    [Fact]
    public void The_factor_is_checked_and_kept_by_With()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScoringOptions(insideBuyerTradeFactor: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScoringOptions(insideBuyerTradeFactor: double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => ScoringOptions.Default.With(insideBuyerTradeFactor: double.PositiveInfinity));
        ScoringOptions options = new ScoringOptions(insideBuyerTradeFactor: 0.5).With(horizonDays: 90);
        Assert.Equal(0.5, options.InsideBuyerTradeFactor);
        Assert.Equal(90, options.HorizonDays);
    }
}
