using System;
using SupplyRisk.Geography;

namespace SupplyRisk.Tests.Geography;

public sealed class CountryCodeTests
{
    [Theory]
    [InlineData("CN", "CN")]
    [InlineData("cn", "CN")]
    [InlineData("CHN", "CN")]
    [InlineData(" usa ", "US")]
    [InlineData("NC", "NC")]
    [InlineData("row", "ROW")]
    [InlineData("XK", "XK")]
    [InlineData("xkx", "XK")]
    public void Parse_accepts_alpha2_alpha3_and_ROW_in_any_case(string input, string expected)
    {
        Assert.Equal(expected, CountryCode.Parse(input).Value);
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("ZZ")]
    [InlineData("EU")]
    [InlineData("C")]
    [InlineData("CHINA")]
    [InlineData("")]
    public void Parse_rejects_codes_that_are_not_officially_assigned(string input)
    {
        var error = Assert.Throws<FormatException>(() => CountryCode.Parse(input));
        Assert.Contains($"'{input}'", error.Message);
        Assert.False(CountryCode.TryParse(input, out _));
    }

    [Fact]
    public void The_ISO_list_is_complete_and_consistent()
    {
        Assert.Equal(249 + 1, Iso3166.Countries.Count); // the 249 ISO assignments and Kosovo (XK)
        Assert.Equal(string.Empty, Iso3166.Get(CountryCode.Parse("XK")).Numeric);
        Assert.True(Iso3166.TryGet("TWN", out Country taiwan));
        Assert.Equal("TW", taiwan.Code.Value);
        Assert.Equal("156", Iso3166.Get(CountryCode.Parse("CN")).Numeric);
        Assert.Equal("004", Iso3166.Get(CountryCode.Parse("AF")).Numeric);
    }

    [Fact]
    public void Rest_of_world_sorts_last_and_is_not_an_ISO_country()
    {
        CountryCode row = CountryCode.RestOfWorld;
        Assert.True(row.IsRestOfWorld);
        Assert.True(row > CountryCode.Parse("ZW"));
        Assert.Throws<ArgumentException>(() => Iso3166.Get(row));
        Assert.True(default(CountryCode).IsDefault);
        Assert.Equal(CountryCode.Parse("de"), CountryCode.Parse("DEU"));
    }
}
