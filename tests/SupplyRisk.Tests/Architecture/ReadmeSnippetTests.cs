using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Xunit;

namespace SupplyRisk.Tests.Architecture;

/// <summary>
/// The README's copy-paste starts are the samples' code, character for character, so that a reader never copies code
/// that does not compile; CI runs the samples themselves (.ci/run).
/// </summary>
public sealed class ReadmeSnippetTests
{
    private static string RepositoryRoot([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));

    private static IReadOnlyList<string> CSharpBlocksOf(string section)
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).Replace("\r\n", "\n");
        int start = readme.IndexOf("\n## " + section + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"README has no section '{section}'.");
        int end = new[] { readme.IndexOf("\n## ", start + 4, StringComparison.Ordinal), readme.IndexOf("\n### ", start + 4, StringComparison.Ordinal) }
            .Where(i => i >= 0).DefaultIfEmpty(-1).Min();
        string text = end < 0 ? readme.Substring(start) : readme.Substring(start, end - start);
        return Regex.Matches(text, "```csharp\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
    }

    [Fact]
    public void The_quick_start_blocks_are_the_QuickStart_samples_code()
    {
        string sample = File.ReadAllText(Path.Combine(RepositoryRoot(), "samples", "QuickStart", "Program.cs")).Replace("\r\n", "\n");
        IReadOnlyList<string> blocks = CSharpBlocksOf("Quick start");
        Assert.Equal(2, blocks.Count);
        Assert.Contains("SupplyRiskModel.Default", blocks[0]);
        Assert.Contains("ScoreAll", blocks[0]);
        foreach (string block in blocks)
        {
            Assert.True(sample.Contains(block), "This README quick-start block is not in samples/QuickStart/Program.cs:\n" + block);
        }
    }

    [Fact]
    public void The_quick_start_needs_one_using_for_the_scoring_path()
    {
        // The BOM path of the quick start compiles with `using SupplyRisk;` alone: every type it names is reached
        // through the model (var), so a user needs no namespace beyond the root. Member accesses (r.Materials) do not count.
        string block = CSharpBlocksOf("Quick start")[0];
        string[] typeNames = typeof(SupplyRiskModel).Assembly.GetExportedTypes()
            .Where(t => t.Namespace != "SupplyRisk" && !t.IsNested)
            .Select(t => t.Name)
            .ToArray();
        string[] named = typeNames.Where(n => Regex.IsMatch(block, $@"(?<![.\w]){Regex.Escape(n)}\b(?!\()")).ToArray();
        Assert.True(named.Length == 0, "The quick start's scoring block names types outside the root namespace: " + string.Join(", ", named));
    }

    [Fact]
    public void The_dependency_injection_block_is_the_web_samples_code()
    {
        string sample = File.ReadAllText(Path.Combine(RepositoryRoot(), "samples", "WebApi", "Program.cs")).Replace("\r\n", "\n");
        var sampleLines = new HashSet<string>(sample.Split('\n').Select(l => l.Trim()));
        string block = Assert.Single(CSharpBlocksOf("Dependency injection"));
        string[] code = block.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal)).ToArray();
        Assert.True(code.Length >= 4, "the block shows registration and scoring");
        string[] missing = code.Where(l => !sampleLines.Contains(l)).ToArray();
        Assert.True(missing.Length == 0, "README lines not in samples/WebApi/Program.cs:\n" + string.Join("\n", missing));
    }
}
