using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using SupplyRisk.Data;

namespace SupplyRisk.Tests.Data;

/// <summary>Input files are read only when they are regular, non-empty and within the limit; nothing blocks or exhausts memory.</summary>
public sealed class InputFileTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "supplyrisk-input-" + Guid.NewGuid().ToString("N"));

    public InputFileTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Directories_empty_missing_and_oversized_files_are_refused_in_one_line()
    {
        Assert.Contains("is a directory, not a file", Assert.Throws<IOException>(() => InputFile.ReadAllText(_dir)).Message);
        Assert.Contains("is a directory, not a file", Assert.Throws<IOException>(() => ReferenceDataset.CreateBuilder().AddFile(DataFileKind.StageShares, _dir)).Message);

        string empty = Path.Combine(_dir, "empty.csv");
        File.WriteAllText(empty, string.Empty);
        Assert.Contains("is empty or not a regular file", Assert.Throws<IOException>(() => InputFile.ReadAllText(empty)).Message);

        Assert.Throws<FileNotFoundException>(() => InputFile.ReadAllText(Path.Combine(_dir, "missing.csv")));

        string big = Path.Combine(_dir, "big.csv");
        File.WriteAllText(big, new string('x', 2000));
        var tooBig = Assert.Throws<IOException>(() => InputFile.ReadAllText(big, maximumBytes: 1000));
        Assert.Contains("is 2,000 bytes, over the limit of 1,000 bytes", tooBig.Message);
        Assert.Equal(2000, InputFile.ReadAllText(big).Length);
    }

    [Fact]
    public async Task A_named_pipe_or_a_device_is_refused_before_it_is_opened_so_nothing_blocks()
    {
        var checks = new System.Collections.Generic.List<string>();
        if (File.Exists("/dev/zero"))
        {
            checks.Add("/dev/zero");
        }

        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            string fifo = Path.Combine(_dir, "pipe.csv");
            using Process? mkfifo = Process.Start(new ProcessStartInfo("mkfifo", fifo) { UseShellExecute = false });
            mkfifo!.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
            checks.Add(fifo);
        }

        // On a platform with neither, the empty-file case above is the same check.
        foreach (string path in checks)
        {
            Task<Exception> read = Task.Run(() => Record.Exception(() => InputFile.ReadAllText(path)));
            Task finished = await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(10)));
            Assert.True(ReferenceEquals(finished, read), $"reading {path} blocked");
            Assert.Contains("not a regular file", Assert.IsType<IOException>(await read).Message);
        }
    }
}
