namespace SupplyRisk.Concentration;

/// <summary>Which US DOJ/FTC merger guidelines' concentration bands to apply to an HHI.</summary>
public enum MergerGuidelines
{
    /// <summary>
    /// U.S. DOJ &amp; FTC, Merger Guidelines, 18 December 2023, Guideline 1 (§2.1): markets with an HHI
    /// above 1,800 are highly concentrated. The guidelines define only that threshold; the lower band
    /// (unconcentrated below 1,000) follows the DOJ's HHI explainer
    /// (https://www.justice.gov/atr/herfindahl-hirschman-index) and the 1992/1997 guidelines.
    /// </summary>
    Guidelines2023 = 0,

    /// <summary>
    /// U.S. DOJ &amp; FTC, Horizontal Merger Guidelines, 19 August 2010, §5.3: unconcentrated below 1,500;
    /// moderately concentrated from 1,500 to 2,500; highly concentrated above 2,500.
    /// </summary>
    Guidelines2010 = 1,
}
