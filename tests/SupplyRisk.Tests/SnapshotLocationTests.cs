using System.IO;
using System.Runtime.CompilerServices;

namespace SupplyRisk.Tests;

/// <summary>Guards the snapshot tests themselves: they must read the snapshots committed beside them.</summary>
public sealed class SnapshotLocationTests
{
    [Fact]
    public void Source_paths_are_real_so_snapshots_resolve_inside_the_repository()
    {
        string path = ThisFile();
        Assert.True(File.Exists(path), $"CallerFilePath '{path}' does not exist: a mapped source path would send snapshots outside the repository.");
        string committed = Path.Combine(Path.GetDirectoryName(path)!, "Reporting", "__snapshots__");
        Assert.True(Directory.Exists(committed), committed);
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
