using System;
using System.Linq;
using ScottPlot;
using SkiaSharp;

namespace SupplyRisk.Charts;

/// <summary>The fixed look every chart shares: one font family, fixed sizes and a fixed palette.</summary>
internal static class ChartStyle
{
    /// <summary>Sans-serif families tried in order; the first installed one draws all text (ScottPlot's sans font otherwise).</summary>
    private static readonly string[] PreferredFonts = { "DejaVu Sans", "Liberation Sans", "Arial", "Helvetica" };

    private static readonly Lazy<string> LazyFont = new(PickFont);

    internal static string FontName => LazyFont.Value;

    internal static readonly Color Primary = Color.FromHex("#1F77B4");
    internal static readonly Color Secondary = Color.FromHex("#D62728");
    internal static readonly Color Muted = Color.FromHex("#9E9E9E");
    internal static readonly Color Text = Color.FromHex("#222222");

    /// <summary>A colour-blind-safe palette (Okabe–Ito without yellow) for series.</summary>
    internal static readonly Color[] Series =
    {
        Color.FromHex("#0072B2"), Color.FromHex("#D55E00"), Color.FromHex("#009E73"), Color.FromHex("#CC79A7"),
        Color.FromHex("#56B4E9"), Color.FromHex("#E69F00"), Color.FromHex("#000000"), Color.FromHex("#999999"),
    };

    internal static void Apply(Plot plot)
    {
        plot.Font.Set(FontName);
        plot.Axes.Title.Label.FontSize = 17;
        plot.Axes.Title.Label.Bold = true;
        plot.Axes.Title.FullFigureCenter = true; // long left-axis labels must not push the title off the image
        foreach (IAxis axis in plot.Axes.GetAxes())
        {
            axis.Label.FontSize = 14;
            axis.Label.Bold = false;
            axis.TickLabelStyle.FontSize = 12;
        }

        plot.Legend.FontSize = 12;
        plot.Legend.FontName = FontName;
    }

    private static string PickFont()
    {
        string[] installed = SKFontManager.Default.GetFontFamilies();
        return PreferredFonts.FirstOrDefault(f => installed.Contains(f, StringComparer.OrdinalIgnoreCase)) ?? Fonts.Sans;
    }
}
