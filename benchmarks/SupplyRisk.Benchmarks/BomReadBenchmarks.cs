using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using SupplyRisk.IO;
using SupplyRisk.Parts;

namespace SupplyRisk.Benchmarks;

/// <summary>
/// Reading a 1,000,000-line BOM CSV (issue 16: linear time, bounded memory): a root whose 499,999 children are each
/// declared on their own line with one material, and a flat file of 1,000,000 parts with one material each.
/// </summary>
[MemoryDiagnoser]
public class BomReadBenchmarks
{
    private const int Lines = 1_000_000;
    private string _csv = null!;

    [Params("one-root", "flat")]
    public string Shape { get; set; } = "one-root";

    [GlobalSetup]
    public void Setup()
    {
        var csv = new StringBuilder("part_number,name,category,made_in,child,quantity,material,grams,substitutability\n", 48 * Lines);
        if (Shape == "one-root")
        {
            csv.Append("R,root,other,DE,C1,1,,,\n");
            for (int i = 2; i < Lines / 2; i++)
            {
                csv.Append("R,,,,C").Append(i).Append(",1,,,\n");
            }

            for (int i = 1; i < Lines / 2; i++)
            {
                csv.Append('C').Append(i).Append(",leaf,other,CN,,,copper,10,0.5\n");
            }

            csv.Append("R,,,,,,gallium,0.1,1\n");
        }
        else
        {
            for (int i = 0; i < Lines; i++)
            {
                csv.Append('P').Append(i).Append(",part,other,CN,,,copper,10,0.5\n");
            }
        }

        _csv = csv.ToString();
    }

    [Benchmark(Description = "BomCsv.Read, 1,000,000 lines")]
    public int Read() => BomCsv.Read(new StringReader(_csv), "bom.csv").Parts.Parts.Count;
}
