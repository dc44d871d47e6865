using SupplyRisk.IO;
using SupplyRisk.Reporting;

namespace SupplyRisk.Tests.Reporting;

/// <summary>CSV fields a spreadsheet would run as formulas are neutralised; numbers and plain text are not touched.</summary>
public sealed class CsvFieldTests
{
    [Theory]
    [InlineData("=cmd|'/Ccalc'!A0", "'=cmd|'/Ccalc'!A0")]
    [InlineData("+1+cmd|x!A0", "'+1+cmd|x!A0")]
    [InlineData("-1+cmd|x!A0", "'-1+cmd|x!A0")]
    [InlineData("@SUM(1+1)*cmd|x!A0", "'@SUM(1+1)*cmd|x!A0")]
    [InlineData("\tTAB", "'\tTAB")]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    [InlineData("\r=1", "\"'\r=1\"")]
    public void Text_that_starts_like_a_formula_gets_an_apostrophe_then_RFC_4180_quoting(string value, string expected)
    {
        Assert.Equal(expected, CsvField.Escape(value));
    }

    [Theory]
    [InlineData("-0.25")]
    [InlineData("+3")]
    [InlineData("-1e-05")]
    [InlineData("BEV-MOTOR")]
    [InlineData("")]
    public void Numbers_and_plain_text_are_written_as_they_are(string value)
    {
        Assert.Equal(value, CsvField.Escape(value));
    }

    [Fact]
    public void Raw_output_keeps_formulas_for_machine_consumers_and_still_quotes()
    {
        Assert.Equal("=1+1", CsvField.Escape("=1+1", neutraliseFormulas: false));
        Assert.Equal("\"=A1,B1\"", CsvField.Escape("=A1,B1", neutraliseFormulas: false));
        Assert.Equal(string.Empty, CsvField.Escape(null));
    }
}
