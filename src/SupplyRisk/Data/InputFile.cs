using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace SupplyRisk.Data;

/// <summary>
/// Reads an input file (reference data, a BOM, a scenario) only when it is safe to: a regular, non-empty file no larger
/// than a limit. Directories, FIFOs, devices and other special files are refused before they are opened, so a named
/// pipe cannot block the caller and <c>/dev/zero</c> cannot exhaust its memory. Thread-safe.
/// </summary>
public static class InputFile
{
    /// <summary>The default largest input file read, 256 MB: far above any BOM, dataset or scenario file seen.</summary>
    public const long DefaultMaximumBytes = 256L * 1024 * 1024;

    /// <summary>Reads the whole file as UTF-8 text (a byte-order mark is honoured) after the checks above.</summary>
    /// <param name="path">The file.</param>
    /// <param name="maximumBytes">The largest size accepted, in bytes (default <see cref="DefaultMaximumBytes"/>).</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The path is a directory, an empty or special file (FIFO, device), or larger than the limit; the message says which.</exception>
    public static string ReadAllText(string path, long maximumBytes = DefaultMaximumBytes)
    {
        FileInfo file = Check(path, maximumBytes);
        return File.ReadAllText(file.FullName, Encoding.UTF8);
    }

    /// <summary>Checks the file as <see cref="ReadAllText"/> does and opens it as UTF-8 text.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The path is a directory, an empty or special file (FIFO, device), or larger than the limit.</exception>
    public static StreamReader OpenText(string path, long maximumBytes = DefaultMaximumBytes)
    {
        FileInfo file = Check(path, maximumBytes);
        return new StreamReader(file.FullName, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
    }

    private static FileInfo Check(string path, long maximumBytes)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        if (maximumBytes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maximumBytes), maximumBytes, "The limit must be at least one byte.");
        }

        if (Directory.Exists(path))
        {
            throw new IOException($"'{Short(path)}' is a directory, not a file.");
        }

        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new FileNotFoundException($"'{Short(path)}' does not exist.", path);
        }

        // FIFOs, character devices and other special files report a length of 0 (the runtime does not expose the
        // file type), and an empty regular file has nothing to read either: both are refused without opening them.
        if (file.Length == 0)
        {
            throw new IOException($"'{Short(path)}' is empty or not a regular file (a FIFO, a device or another special file); SupplyRisk reads regular files only.");
        }

        if (file.Length > maximumBytes)
        {
            throw new IOException(string.Format(CultureInfo.InvariantCulture, "'{0}' is {1:N0} bytes, over the limit of {2:N0} bytes for an input file.", Short(path), file.Length, maximumBytes));
        }

        return file;
    }

    /// <summary>A path as quoted in a message: at most 200 characters.</summary>
    private static string Short(string path) => path.Length <= 200 ? path : path.Substring(0, 200) + "…";
}
