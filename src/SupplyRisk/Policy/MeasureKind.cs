namespace SupplyRisk.Policy;

/// <summary>The kinds of policy shock SupplyRisk models.</summary>
public enum MeasureKind
{
    /// <summary>Exports need a licence: some volume is refused, the rest delayed.</summary>
    ExportLicensing = 0,

    /// <summary>Exports are capped at a fraction of normal volume.</summary>
    ExportQuota = 1,

    /// <summary>Exports are prohibited (to all destinations or to some).</summary>
    ExportBan = 2,

    /// <summary>Extraterritorial content rule: goods made abroad with at least a threshold share of value of controlled origin need the issuer's licence.</summary>
    ContentRule = 3,

    /// <summary>An ad valorem import tariff in a named layer.</summary>
    Tariff = 4,

    /// <summary>Sanctions or embargo: trade between issuer and target stops.</summary>
    Sanction = 5,

    /// <summary>Physical loss of capacity in a country (mine or refinery outage, disaster).</summary>
    CapacityLoss = 6,

    /// <summary>A rise in demand that tightens availability for every buyer.</summary>
    DemandShock = 7,
}
