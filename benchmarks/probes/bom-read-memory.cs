// Peak memory of reading a 1,000,000-line BOM CSV (issue 16), as a .NET 10 file-based app:
//   dotnet run -c Release benchmarks/probes/bom-read-memory.cs -- one-root|flat
// It writes the file the BomReadBenchmarks use to a temporary folder, starts a fresh process state, reads it with
// BomCsv.Read (after InputFile's strict decoding) and prints the time, the bytes retained after a full GC and the peak
// working set. BenchmarkDotNet's MemoryDiagnoser reports bytes allocated, not the peak; this reports the peak.
#:project ../../src/SupplyRisk/SupplyRisk.csproj
using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using SupplyRisk.IO;

string shape = args.Length > 0 ? args[0] : "one-root";
const int Lines = 1_000_000;
string path = Path.Combine(Path.GetTempPath(), $"supplyrisk-{shape}-{Environment.ProcessId}.csv");
using (var csv = new StreamWriter(path, false, new UTF8Encoding(false)))
{
    csv.Write("part_number,name,category,made_in,child,quantity,material,grams,substitutability\n");
    if (shape == "one-root")
    {
        csv.Write("R,root,other,DE,C1,1,,,\n");
        for (int i = 2; i < Lines / 2; i++) csv.Write($"R,,,,C{i},1,,,\n");
        for (int i = 1; i < Lines / 2; i++) csv.Write($"C{i},leaf,other,CN,,,copper,10,0.5\n");
        csv.Write("R,,,,,,gallium,0.1,1\n");
    }
    else
    {
        for (int i = 0; i < Lines; i++) csv.Write($"P{i},part,other,CN,,,copper,10,0.5\n");
    }
}

GC.Collect();
var watch = Stopwatch.StartNew();
string text = InputFile.ReadAllText(path);
var catalog = BomCsv.Read(new StringReader(text), Path.GetFileName(path));
text = null!;
double seconds = watch.Elapsed.TotalSeconds;
long retained = GC.GetTotalMemory(forceFullCollection: true);
Console.WriteLine($"{shape}: {catalog.Parts.Parts.Count:N0} parts from {new FileInfo(path).Length / 1e6:0} MB in {seconds:0.00} s; retained after a full GC {retained / 1e6:0} MB ({retained / (double)catalog.Parts.Parts.Count:0} B a part); peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB");
File.Delete(path);
GC.KeepAlive(catalog);
