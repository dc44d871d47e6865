using System.Linq;
using System;
using SupplyRisk.Geography;
using SupplyRisk.Materials;
using SupplyRisk.Sources;

namespace SupplyRisk.Tests.Materials;

public sealed class CountrySharesTests
{
    private static readonly CountryCode CN = CountryCode.Parse("CN");
    private static readonly CountryCode AU = CountryCode.Parse("AU");
    private static readonly CountryCode US = CountryCode.Parse("US");

    [Fact]
    public void Shares_are_ordered_largest_first_and_the_input_is_not_mutated()
    {
        var input = new[] { new CountryShare(AU, 0.2), new CountryShare(CN, 0.7), new CountryShare(US, 0.1) };
        CountryShares shares = CountryShares.Create(input);
        Assert.Equal(new[] { "CN", "AU", "US" }, shares.Entries.Select(e => e.Country.Value));
        Assert.Equal(new[] { 0.7, 0.2, 0.1 }, shares.Shares.ToArray());
        Assert.Equal(new[] { "AU", "CN", "US" }, input.Select(e => e.Country.Value));
        Assert.Equal(0.2, shares.ShareOf(AU));
        Assert.Equal(0.0, shares.ShareOf(CountryCode.Parse("FR")));
    }

    [Fact]
    public void Every_problem_is_listed_at_once()
    {
        var error = Assert.Throws<ArgumentException>(() => CountryShares.Create(
            (CN, double.NaN),
            (AU, -0.1),
            (CN, 0.5),
            (US, 1.5)));
        Assert.Contains("the share of CN is NaN", error.Message);
        Assert.Contains("the share of AU is -0.1, outside [0, 1]", error.Message);
        Assert.Contains("country CN is listed more than once", error.Message);
        Assert.Contains("the share of US is 1.5, outside [0, 1]", error.Message);
    }

    [Fact]
    public void Shares_that_do_not_sum_to_one_are_rejected_not_rescaled()
    {
        var error = Assert.Throws<ArgumentException>(() => CountryShares.Create((CN, 0.6), (AU, 0.3)));
        Assert.Contains("sum to 0.9, not 1", error.Message);
        Assert.Contains("ROW", error.Message);
    }

    [Fact]
    public void Sums_within_the_documented_tolerance_are_accepted()
    {
        CountryShares shares = CountryShares.Create((CN, 0.70005), (AU, 0.3));
        Assert.Equal(2, shares.Count);
        Assert.Throws<ArgumentException>(() => CountryShares.Create((CN, 0.7002), (AU, 0.3)));
    }

    [Fact]
    public void Top_producers_get_an_explicit_rest_of_world_remainder()
    {
        CountryShares shares = CountryShares.FromTopProducers(new[] { new CountryShare(CN, 0.69), new CountryShare(US, 0.12) });
        Assert.True(shares.HasRestOfWorld);
        Assert.Equal(0.69, shares.ShareOf(CN));
        Assert.Equal(0.19, shares.ShareOf(CountryCode.RestOfWorld), 12);
        Assert.Equal(DataQuality.Estimate, shares.Entries.Single(e => e.Country.IsRestOfWorld).Provenance.Quality);
        Assert.Throws<ArgumentException>(() => CountryShares.FromTopProducers(new[] { new CountryShare(CN, 0.8), new CountryShare(US, 0.3) }));
    }

    [Fact]
    public void CopySharesTo_fills_a_callers_buffer_and_checks_its_length()
    {
        CountryShares shares = CountryShares.Create((CN, 0.5), (AU, 0.5));
        var buffer = new double[3];
        shares.CopySharesTo(buffer);
        Assert.Equal(new[] { 0.5, 0.5, 0.0 }, buffer);
        Assert.Throws<ArgumentException>(() => shares.CopySharesTo(new double[1]));
    }

    [Fact]
    public void WithShare_rescales_the_other_suppliers_in_proportion_and_leaves_the_original_alone()
    {
        CountryShares shares = CountryShares.Create((CN, 0.7), (AU, 0.2), (US, 0.1));
        CountryShares more = shares.WithShare(CN, 0.8);

        Assert.Equal(0.8, more.ShareOf(CN));
        Assert.Equal(0.2 * (0.2 / 0.3), more.ShareOf(AU), 15);
        Assert.Equal(0.1 * (0.2 / 0.3), more.ShareOf(US), 15);
        Assert.Equal(1.0, more.Shares.ToArray().Sum(), 12);
        Assert.Equal(DataQuality.Estimate, more.Entries.Single(e => e.Country == AU).Provenance.Quality);
        Assert.Equal(new[] { 0.7, 0.2, 0.1 }, shares.Shares.ToArray());

        CountryShares added = shares.WithShare(CountryCode.Parse("FR"), 0.1);
        Assert.Equal(new[] { 0.63, 0.18, 0.1, 0.09 }, added.Shares.ToArray().Select(x => Math.Round(x, 12)));
    }

    [Fact]
    public void WithShare_gives_a_freed_share_to_the_rest_of_the_world_when_no_one_else_is_listed()
    {
        CountryShares monopoly = CountryShares.Create((CN, 1.0));
        CountryShares less = monopoly.WithShare(CN, 0.6);
        Assert.Equal(0.6, less.ShareOf(CN));
        Assert.Equal(0.4, less.ShareOf(CountryCode.RestOfWorld), 15);

        Assert.Throws<ArgumentException>(() => CountryShares.Create((CountryCode.RestOfWorld, 1.0)).WithShare(CountryCode.RestOfWorld, 0.5));
        Assert.Contains("CN", Assert.Throws<ArgumentOutOfRangeException>(() => monopoly.WithShare(CN, 1.5)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => monopoly.WithShare(CN, double.NaN));
    }
}
