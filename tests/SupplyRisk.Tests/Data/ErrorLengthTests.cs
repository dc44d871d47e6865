using System.IO;
using System.Linq;
using System;
using SupplyRisk.Data;
using SupplyRisk.IO;
using SupplyRisk.Parts;

namespace SupplyRisk.Tests.Data;

/// <summary>An error quotes at most a short prefix of the offending value, and an exception lists a bounded number of errors.</summary>
public sealed class ErrorLengthTests
{
    [Fact]
    public void A_megabyte_value_is_quoted_as_a_short_prefix_with_the_count_left_out()
    {
        string huge = new string('x', 1_000_000);
        string csv = "part_number,name,category,made_in,child,quantity,material,grams,substitutability\nP,P,other,DE,,,Q" + huge + ",1,1\n";
        var error = Assert.Throws<BomFormatException>(() => BomCsv.Read(new StringReader(csv), "huge.csv"));
        DataError e = Assert.Single(error.Errors);
        Assert.True(e.Message.Length < DataError.MaximumMessageLength + 40, $"message of {e.Message.Length} characters");
        Assert.Contains("more characters)", e.Message);
        Assert.Equal(2, e.Line);
    }

    [Fact]
    public void An_exception_with_thousands_of_errors_lists_the_first_hundred_and_keeps_them_all()
    {
        var errors = Enumerable.Range(1, 5000).Select(i => new DataError("big.csv", i, "bad")).ToList();
        var exception = new ReferenceDataException(errors);
        Assert.Equal(5000, exception.Errors.Count);
        string[] lines = exception.Message.Split(Environment.NewLine);
        Assert.Equal(1 + ReferenceDataException.MaximumListed + 1, lines.Length);
        Assert.EndsWith("… and 4900 more (all of them are in Errors)", lines[^1]);
    }
}
