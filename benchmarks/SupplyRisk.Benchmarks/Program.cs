using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace SupplyRisk.Benchmarks;

public static class Program
{
    /// <summary>
    /// Runs the benchmarks chosen by the arguments, with BenchmarkDotNet's default columns plus the median; exits 1
    /// when none ran or any failed, so CI notices.
    /// </summary>
    public static int Main(string[] args)
    {
        IConfig config = DefaultConfig.Instance.AddColumn(StatisticColumn.Median);
        Summary[] summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config).ToArray();
        bool ran = summaries.Length > 0 && summaries.All(s => s.Reports.Length > 0);
        bool failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
        return ran && !failed ? 0 : 1;
    }
}
