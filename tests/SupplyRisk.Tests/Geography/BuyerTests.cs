using System;
using SupplyRisk.Data;
using SupplyRisk.Geography;
using SupplyRisk.IO;

namespace SupplyRisk.Tests.Geography;

public sealed class BuyerTests
{
    [Fact]
    public void The_EU_buyer_is_the_27_member_bloc()
    {
        Buyer eu = EmbeddedData.Dataset.GetBuyer("EU");
        Assert.True(eu.IsBloc);
        Assert.Equal(27, eu.Members.Count);
        Assert.True(eu.Contains(CountryCode.Parse("DE")));
        Assert.False(eu.Contains(CountryCode.Parse("GB")));
        Assert.False(eu.Contains(CountryCode.Parse("CN")));
    }

    [Fact]
    public void A_country_buyer_contains_only_itself_and_alpha3_resolves()
    {
        Buyer us = EmbeddedData.Dataset.GetBuyer("USA");
        Assert.False(us.IsBloc);
        Assert.Equal("US", us.Code);
        Assert.True(us.Contains(CountryCode.Parse("US")));
        Assert.False(us.Contains(CountryCode.Parse("CA")));
    }

    [Fact]
    public void Default_groups_have_the_documented_sizes()
    {
        ReferenceDataset data = EmbeddedData.Dataset;
        Assert.Equal(7, data.GetCountryGroup("G7").Members.Count);
        Assert.Equal(38, data.GetCountryGroup("OECD").Members.Count);
    }

    [Fact]
    public void Unknown_buyers_and_invalid_groups_are_rejected_clearly()
    {
        var error = Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => EmbeddedData.Dataset.GetBuyer("Mars"));
        Assert.Contains("'Mars'", error.Message);
        Assert.Throws<ArgumentException>(() => Buyer.FromCountry(CountryCode.RestOfWorld));
        Assert.Throws<ArgumentException>(() => new CountryGroup("bad id!", "x", new[] { CountryCode.Parse("FR") }));
        Assert.Throws<ArgumentException>(() => new CountryGroup("EMPTY", "x", Array.Empty<CountryCode>()));
        Assert.Throws<ArgumentException>(() => new CountryGroup("ROWS", "x", new[] { CountryCode.RestOfWorld }));
    }
}
