using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using System;
using SupplyRisk.Data;
using SupplyRisk.IO;

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
        Assert.Contains("is a directory, not a file", Assert.Throws<IOException>(() => new ReferenceDatasetBuilder().AddFile(DataFileKind.StageShares, _dir)).Message);

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
    public void Text_that_is_not_valid_UTF_8_is_refused_with_the_byte_and_its_offset_and_UTF_16_with_a_mark_is_read()
    {
        // "Müller" saved as Latin-1: ü is the single byte 0xFC, which UTF-8 never starts a character with.
        string latin1 = Path.Combine(_dir, "latin1.csv");
        File.WriteAllBytes(latin1, new byte[] { (byte)'M', 0xFC, (byte)'l', (byte)'l', (byte)'e', (byte)'r', (byte)'\n' });
        var error = Assert.Throws<IOException>(() => InputFile.ReadAllText(latin1));
        Assert.Contains("is not UTF-8 text: 0xFC at byte offset 1 is not valid", error.Message);
        Assert.Contains("is not UTF-8 text", Assert.Throws<IOException>(() => new ReferenceDatasetBuilder().AddFile(DataFileKind.StageShares, latin1)).Message);

        string utf8 = Path.Combine(_dir, "utf8.csv");
        File.WriteAllText(utf8, "Müller\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        Assert.Equal("Müller\n", InputFile.ReadAllText(utf8));

        string utf16 = Path.Combine(_dir, "utf16.csv");
        File.WriteAllText(utf16, "Müller\n", new System.Text.UnicodeEncoding(bigEndian: false, byteOrderMark: true));
        Assert.Equal("Müller\n", InputFile.ReadAllText(utf16));

        // A lone high surrogate in UTF-16 is invalid too.
        string lone = Path.Combine(_dir, "lone.csv");
        File.WriteAllBytes(lone, new byte[] { 0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00 });
        Assert.Contains("is not UTF-16 text", Assert.Throws<IOException>(() => InputFile.ReadAllText(lone)).Message);
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
