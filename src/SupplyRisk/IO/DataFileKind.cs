namespace SupplyRisk.IO;

/// <summary>
/// The kinds of reference-data file SupplyRisk reads. Each is CSV (RFC 4180, UTF-8, a header row,
/// <c>#</c> comment lines); the columns are documented in <c>docs/data-format.md</c>.
/// </summary>
public enum DataFileKind
{
    /// <summary><c>group,country,since,source</c>: named country groups (EU, G7, OECD, …). A file's group replaces that whole group.</summary>
    CountryGroups = 0,

    /// <summary><c>country,wgi_mean6,data_year,quality,source,note</c>: WGI six-indicator means. Overrides by country.</summary>
    Governance = 1,

    /// <summary><c>id,name,symbol,group,eol_rir,si_sr,si_ei,quality,source,note</c>: materials. Overrides by id.</summary>
    Materials = 2,

    /// <summary><c>material,stage,stage_label,country,share,year,quality,source,note</c>: country shares per stage. A file's (material, stage) replaces that whole stage.</summary>
    StageShares = 3,

    /// <summary><c>buyer,material,[stage,]import_reliance,year,quality,source,note</c>: import reliance. Overrides by (buyer, material, stage).</summary>
    BuyerImportReliance = 4,

    /// <summary><c>buyer,material,stage,country,share,year,quality,source,note</c>: a buyer's sourcing mix. A file's (buyer, material, stage) replaces that whole mix.</summary>
    BuyerSourcing = 5,

    /// <summary><c>material,sr,ei,critical,strategic,source,note</c>: published assessment results (EU 2023). Overrides by material.</summary>
    PublishedAssessments = 6,

    /// <summary><c>material,usd_per_kg,year,quality,source,note</c>: reference prices, which weight materials by value in exposure scores. Overrides by material.</summary>
    MaterialPrices = 7,

    /// <summary>
    /// <c>material,channel_cover_days,alternative_supply_share,alternative_lead_days,substitution_lead_days,world_supply_t,trader_stock_share,price_elasticity,max_price_multiplier,quality,source,note</c>:
    /// how each material's supply behaves over time; <c>*</c> is the row for materials without their own. Overrides by material.
    /// </summary>
    MaterialDynamics = 8,

    /// <summary>
    /// <c>category,item_class,cover_days,quality,source,note</c>: default days of cover of parts by category and item
    /// class (<c>*</c> for any). Overrides by (category, item class).
    /// </summary>
    CoverDefaults = 9,
}
