using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using ScottPlot;

namespace SupplyRisk.Charts;

/// <summary>
/// A chart of SupplyRisk results, ready to render as PNG or SVG at any size. Immutable: each render draws a fresh
/// ScottPlot <see cref="Plot"/> from the data captured when the chart was made, so one chart can be rendered many
/// times, at several sizes, from several threads. The same chart at the same size gives the same bytes on the same
/// machine (fixed fonts, sizes and colours; no timestamps).
/// </summary>
public sealed class ExposureChart
{
    /// <summary>The smallest width or height accepted, in pixels.</summary>
    public const int MinimumSize = 200;

    /// <summary>The largest width or height accepted, in pixels (a bound so that one request cannot exhaust a host).</summary>
    public const int MaximumSize = 8000;

    private static readonly Regex ClipPathId = new(@"(?<prefix>id=""cl_|url\(#cl_)(?<id>[0-9A-Fa-f]+)(?<suffix>["")])", RegexOptions.CultureInvariant);
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private readonly Action<Plot> _draw;

    internal ExposureChart(string title, int defaultWidth, int defaultHeight, Action<Plot> draw)
    {
        Title = title;
        DefaultWidth = defaultWidth;
        DefaultHeight = defaultHeight;
        _draw = draw;
    }

    /// <summary>The chart's title, as drawn (lines separated by <c>\n</c>).</summary>
    public string Title { get; }

    /// <summary>The width, in pixels, at which the chart reads best; used by the overloads without a size.</summary>
    public int DefaultWidth { get; }

    /// <summary>The height, in pixels, at which the chart reads best; used by the overloads without a size.</summary>
    public int DefaultHeight { get; }

    /// <summary>Renders the chart as a PNG image of <see cref="DefaultWidth"/> × <see cref="DefaultHeight"/> pixels.</summary>
    /// <returns>The PNG file's bytes.</returns>
    public byte[] ToPngBytes() => ToPngBytes(DefaultWidth, DefaultHeight);

    /// <summary>Renders the chart as a PNG image (for a notebook, a web response or a report).</summary>
    /// <param name="width">The width in pixels, <see cref="MinimumSize"/>–<see cref="MaximumSize"/>.</param>
    /// <param name="height">The height in pixels, <see cref="MinimumSize"/>–<see cref="MaximumSize"/>.</param>
    /// <returns>The PNG file's bytes.</returns>
    public byte[] ToPngBytes(int width, int height)
    {
        CheckSize(width, height);
        using Plot plot = Render();
        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }

    /// <summary>Renders the chart as an SVG document of <see cref="DefaultWidth"/> × <see cref="DefaultHeight"/> pixels.</summary>
    /// <returns>The SVG document's text.</returns>
    public string ToSvg() => ToSvg(DefaultWidth, DefaultHeight);

    /// <summary>Renders the chart as an SVG document (text stays text: it can be searched and scales without blur).</summary>
    /// <param name="width">The width in pixels, <see cref="MinimumSize"/>–<see cref="MaximumSize"/>.</param>
    /// <param name="height">The height in pixels, <see cref="MinimumSize"/>–<see cref="MaximumSize"/>.</param>
    /// <returns>The SVG document's text.</returns>
    public string ToSvg(int width, int height)
    {
        CheckSize(width, height);
        using Plot plot = Render();
        return RenumberClipPaths(plot.GetSvgXml(width, height));
    }

    /// <summary>Writes the chart as a PNG file of <see cref="DefaultWidth"/> × <see cref="DefaultHeight"/> pixels.</summary>
    /// <param name="path">The file to write (replaced if it exists); its folder must exist.</param>
    public void SavePng(string path) => SavePng(path, DefaultWidth, DefaultHeight);

    /// <summary>Writes the chart as a PNG file.</summary>
    /// <param name="path">The file to write (replaced if it exists); its folder must exist.</param>
    /// <param name="width">The width in pixels, <see cref="MinimumSize"/>–<see cref="MaximumSize"/>.</param>
    /// <param name="height">The height in pixels, <see cref="MinimumSize"/>–<see cref="MaximumSize"/>.</param>
    public void SavePng(string path, int width, int height)
    {
        CheckPath(path);
        File.WriteAllBytes(path, ToPngBytes(width, height));
    }

    /// <summary>Writes the chart as an SVG file of <see cref="DefaultWidth"/> × <see cref="DefaultHeight"/> pixels.</summary>
    /// <param name="path">The file to write (replaced if it exists); its folder must exist.</param>
    public void SaveSvg(string path) => SaveSvg(path, DefaultWidth, DefaultHeight);

    /// <summary>Writes the chart as an SVG file (UTF-8 without a byte-order mark).</summary>
    /// <param name="path">The file to write (replaced if it exists); its folder must exist.</param>
    /// <param name="width">The width in pixels, <see cref="MinimumSize"/>–<see cref="MaximumSize"/>.</param>
    /// <param name="height">The height in pixels, <see cref="MinimumSize"/>–<see cref="MaximumSize"/>.</param>
    public void SaveSvg(string path, int width, int height)
    {
        CheckPath(path);
        File.WriteAllText(path, ToSvg(width, height), Utf8NoBom);
    }

    /// <summary>Writes the chart at <see cref="DefaultWidth"/> × <see cref="DefaultHeight"/> pixels, as PNG or SVG by the file's extension.</summary>
    /// <param name="path">The file to write, ending in <c>.png</c> or <c>.svg</c> (any case).</param>
    /// <exception cref="ArgumentException">The extension is neither <c>.png</c> nor <c>.svg</c>.</exception>
    public void Save(string path) => Save(path, DefaultWidth, DefaultHeight);

    /// <summary>Writes the chart as PNG or SVG by the file's extension (what a command line's <c>--chart out.png</c> wants).</summary>
    /// <param name="path">The file to write, ending in <c>.png</c> or <c>.svg</c> (any case).</param>
    /// <param name="width">The width in pixels, <see cref="MinimumSize"/>–<see cref="MaximumSize"/>.</param>
    /// <param name="height">The height in pixels, <see cref="MinimumSize"/>–<see cref="MaximumSize"/>.</param>
    /// <exception cref="ArgumentException">The extension is neither <c>.png</c> nor <c>.svg</c>.</exception>
    public void Save(string path, int width, int height)
    {
        CheckPath(path);
        string extension = Path.GetExtension(path);
        if (string.Equals(extension, ".png", StringComparison.OrdinalIgnoreCase))
        {
            SavePng(path, width, height);
        }
        else if (string.Equals(extension, ".svg", StringComparison.OrdinalIgnoreCase))
        {
            SaveSvg(path, width, height);
        }
        else
        {
            throw new ArgumentException($"Chart file '{path}' must end in .png or .svg (the extension chooses the format), not '{extension}'.", nameof(path));
        }
    }

    /// <summary>The title on one line.</summary>
    public override string ToString() => Title.Replace("\n", "; ");

    private Plot Render()
    {
        var plot = new Plot();
        try
        {
            ChartStyle.Apply(plot);
            _draw(plot);
            return plot;
        }
        catch
        {
            plot.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Skia numbers the SVG clip paths (in hex) from a counter shared by the whole process, so the same chart drawn twice would
    /// differ in those ids: number them from 1 in order of first appearance instead.
    /// </summary>
    private static string RenumberClipPaths(string svg)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        return ClipPathId.Replace(svg, m =>
        {
            string old = m.Groups["id"].Value;
            if (!ids.TryGetValue(old, out string? renumbered))
            {
                renumbered = (ids.Count + 1).ToString(CultureInfo.InvariantCulture);
                ids.Add(old, renumbered);
            }

            return m.Groups["prefix"].Value + renumbered + m.Groups["suffix"].Value;
        });
    }

    private static void CheckSize(int width, int height)
    {
        if (width < MinimumSize || width > MaximumSize)
        {
            throw new ArgumentOutOfRangeException(nameof(width), width, $"The chart's width must be {MinimumSize}–{MaximumSize} pixels.");
        }

        if (height < MinimumSize || height > MaximumSize)
        {
            throw new ArgumentOutOfRangeException(nameof(height), height, $"The chart's height must be {MinimumSize}–{MaximumSize} pixels.");
        }
    }

    private static void CheckPath(string path)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        if (path.Trim().Length == 0)
        {
            throw new ArgumentException("The chart's file path is empty.", nameof(path));
        }
    }
}
