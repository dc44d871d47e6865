using System.Globalization;
using System.IO;
using System.Text;
using System;
using SupplyRisk.Diagnostics;

namespace SupplyRisk.IO;

/// <summary>
/// Reads an input file (reference data, a BOM, a scenario) only when it is safe to: a regular, non-empty file no larger
/// than a limit. Directories, FIFOs, devices and other special files are refused before they are opened, so a named
/// pipe cannot block the caller and <c>/dev/zero</c> cannot exhaust its memory. Thread-safe.
/// </summary>
public static class InputFile
{
    /// <summary>The default largest input file read, 256 MB: far above any BOM, dataset or scenario file seen.</summary>
    public const long DefaultMaximumBytes = 256L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Reads the whole file as text after the checks above: UTF-8 (a byte-order mark is skipped), or UTF-16 when it starts
    /// with a UTF-16 byte-order mark (as spreadsheets save "Unicode text"). Bytes that are not valid in that encoding are
    /// an error, never replaced: a Latin-1 file must not be read with question marks in its part numbers.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="maximumBytes">The largest size accepted, in bytes (default <see cref="DefaultMaximumBytes"/>).</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">
    /// The path is a directory, an empty or special file (FIFO, device), larger than the limit, or not valid UTF-8
    /// (UTF-16) text; the message says which, and for bad text the first bad byte and its offset.
    /// </exception>
    public static string ReadAllText(string path, long maximumBytes = DefaultMaximumBytes)
    {
        FileInfo file = Check(path, maximumBytes);
        return Decode(File.ReadAllBytes(file.FullName), Short(path));
    }

    /// <summary>Checks and reads the file as <see cref="ReadAllText"/> does, and returns a reader over its text.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">As <see cref="ReadAllText"/>.</exception>
    public static TextReader OpenText(string path, long maximumBytes = DefaultMaximumBytes) =>
        new StringReader(ReadAllText(path, maximumBytes));

    /// <summary>
    /// Decodes bytes as a file is decoded (see <see cref="ReadAllText"/>): UTF-8 (a byte-order mark skipped), or UTF-16 after
    /// its byte-order mark; invalid bytes are an error, never replaced. For text that does not come from a file, such as a
    /// web request's body.
    /// </summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="name">What the bytes are, for the error message (e.g. "request body").</param>
    /// <exception cref="IOException">The bytes are not valid text in the encoding their byte-order mark names (UTF-8 without one); the message gives the first bad byte and its offset.</exception>
    public static string Decode(byte[] bytes, string name)
    {
        if (bytes is null)
        {
            throw new ArgumentNullException(nameof(bytes));
        }

        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        Encoding encoding = StrictUtf8;
        int start = 0;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            start = 3;
        }
        else if (bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF))
        {
            encoding = new UnicodeEncoding(bigEndian: bytes[0] == 0xFE, byteOrderMark: false, throwOnInvalidBytes: true);
            start = 2;
        }

        try
        {
            return encoding.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            string bad = e.BytesUnknown is { Length: > 0 } unknown ? "0x" + unknown[0].ToString("X2", CultureInfo.InvariantCulture) : "a byte";
            throw new IOException(string.Format(CultureInfo.InvariantCulture, "'{0}' is not {1} text: {2} at byte offset {3:N0} is not valid; save the file as UTF-8.", name, encoding is UTF8Encoding ? "UTF-8" : "UTF-16", bad, start + Math.Max(0, e.Index)), e);
        }
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
    private static string Short(string path) => QuotedText.Prefix(path, 200);
}
