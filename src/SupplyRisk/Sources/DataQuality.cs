namespace SupplyRisk.Sources;

/// <summary>How directly a figure was obtained from its publication.</summary>
public enum DataQuality
{
    /// <summary>Read from the primary publication itself (e.g. the USGS Mineral Commodity Summaries table).</summary>
    Primary = 0,

    /// <summary>A transcription or summary of a primary source (a processed copy, a press summary).</summary>
    Secondary = 1,

    /// <summary>Derived, a proxy, or an assumption: the note says how.</summary>
    Estimate = 2,
}
