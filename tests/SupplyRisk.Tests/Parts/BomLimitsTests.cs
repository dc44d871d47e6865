using System.IO;
using System.Linq;
using System.Text;
using System;
using SupplyRisk.Data;
using SupplyRisk.IO;
using SupplyRisk.Parts;

namespace SupplyRisk.Tests.Parts;

/// <summary>A BOM file must stay within its limits (parts, depth, lines per part); a breach names the limit and the part.</summary>
public sealed class BomLimitsTests
{
    private const string Header = "part_number,name,category,made_in,child,quantity,material,grams,substitutability\n";

    /// <summary>A chain P0 → P1 → … → P(n−1), the last holding copper.</summary>
    private static string Chain(int n)
    {
        var csv = new StringBuilder(Header);
        for (int i = 0; i < n - 1; i++)
        {
            csv.Append("P").Append(i).Append(",p,other,DE,P").Append(i + 1).Append(",1,,,\n");
        }

        csv.Append("P").Append(n - 1).Append(",p,other,DE,,,copper,1,1\n");
        return csv.ToString();
    }

    [Fact]
    public void A_BOM_deeper_than_the_limit_is_refused_naming_its_root_and_depth()
    {
        Assert.Equal(100, BomLimits.Default.MaxDepth);
        Assert.Equal(100, BomCsv.Read(new StringReader(Chain(100)), "ok.csv").Parts.Parts.Count);

        DataError error = Assert.Single(Assert.Throws<BomFormatException>(() => BomCsv.Read(new StringReader(Chain(10_000)), "deep.csv")).Errors);
        Assert.Equal("deep.csv", error.File);
        Assert.Equal("part 'P0' is 10,000 levels deep, over the limit of 100 (BomLimits.MaxDepth)", error.Message);

        var deeper = new BomLimits(maxDepth: 20_000);
        Assert.Equal(10_000, BomCsv.Read(new StringReader(Chain(10_000)), "deep.csv", deeper).Parts.Parts.Count);
    }

    [Fact]
    public void Too_many_parts_or_lines_of_one_part_are_refused_in_CSV_and_JSON()
    {
        var small = new BomLimits(maxParts: 5, maxLinesPerPart: 3);
        var csvError = Assert.Throws<BomFormatException>(() => BomCsv.Read(new StringReader(Chain(10)), "many.csv", small));
        Assert.Equal(7, Assert.Single(csvError.Errors).Line); // the row that declares the sixth part
        Assert.Contains("declares more than 5 parts, the limit (BomLimits.MaxParts)", csvError.Message);

        string wide = Header + "W,w,other,DE,,,copper,1,1\nW,,,,,,gallium,1,1\nW,,,,,,cobalt,1,1\nW,,,,,,nickel,1,1\n";
        Assert.Contains("part 'W' has 4 lines, over the limit of 3 (BomLimits.MaxLinesPerPart)", Assert.Throws<BomFormatException>(() => BomCsv.Read(new StringReader(wide), "wide.csv", small)).Message);

        string json = "{ \"parts\": [" + string.Join(",", Enumerable.Range(0, 6).Select(i => $"{{ \"partNumber\": \"J{i}\", \"category\": \"other\", \"madeIn\": \"DE\" }}")) + "] }";
        Assert.Contains("$.parts: 6 parts, over the limit of 5 (BomLimits.MaxParts)", Assert.Throws<BomFormatException>(() => BomJson.Read(json, "many.json", small)).Message);

        Assert.Throws<ArgumentOutOfRangeException>(() => new BomLimits(maxDepth: 0));
    }
}
