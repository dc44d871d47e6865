using System.IO;
using SupplyRisk.Data;
using SupplyRisk.IO;

namespace SupplyRisk.Tests;

/// <summary>Small hand-made datasets whose every number can be checked by hand.</summary>
internal static class TestData
{
    public const string Groups = "group,country,since,source\nBLOC,DE,,test\nBLOC,FR,,test\n";

    public const string Governance =
        "country,wgi_mean6,data_year,quality,source,note\n" +
        "CN,-0.3,2023,secondary,test,\n" +
        "AU,1.5,2023,secondary,test,\n" +
        "DE,1.3,2023,secondary,test,\n" +
        "FR,1.0,2023,secondary,test,\n";

    public const string Materials =
        "id,name,symbol,group,eol_rir,si_sr,si_ei,quality,source,note\n" +
        "testium,Testium,Tt,,0.1,0.9,0.9,estimate,test,\n" +
        "plainium,Plainium,Pl,,,,,estimate,test,no EU parameters\n";

    public const string Shares =
        "material,stage,stage_label,country,share,year,quality,source,note\n" +
        "testium,extraction,mine,CN,0.8,2024,secondary,test,\n" +
        "testium,extraction,mine,AU,0.2,2024,secondary,test,\n" +
        "testium,processing,refining,CN,0.5,2024,secondary,test,\n" +
        "testium,processing,refining,ROW,0.5,2024,estimate,test,\n" +
        "plainium,extraction,mine,AU,1.0,2024,secondary,test,\n";

    public const string ImportReliance =
        "buyer,material,stage,import_reliance,year,quality,source,note\n" +
        "BLOC,testium,extraction,0.6,2023,secondary,test,\n";

    public const string Sourcing =
        "buyer,material,stage,country,share,year,quality,source,note\n" +
        "BLOC,testium,extraction,CN,0.5,2023,secondary,test,\n" +
        "BLOC,testium,extraction,DE,0.5,2023,secondary,test,\n";

    public const string Prices =
        "material,usd_per_kg,year,quality,source,note\n" +
        "testium,100,2024,estimate,test,\n" +
        "plainium,10,2024,estimate,test,\n";

    public static ReferenceDatasetBuilder Builder() =>
        new ReferenceDatasetBuilder(includeDefaults: false)
            .Add(DataFileKind.CountryGroups, new StringReader(Groups), "groups.csv")
            .Add(DataFileKind.Governance, new StringReader(Governance), "governance.csv")
            .Add(DataFileKind.Materials, new StringReader(Materials), "materials.csv")
            .Add(DataFileKind.StageShares, new StringReader(Shares), "shares.csv")
            .Add(DataFileKind.BuyerImportReliance, new StringReader(ImportReliance), "buyers.csv")
            .Add(DataFileKind.BuyerSourcing, new StringReader(Sourcing), "sourcing.csv")
            .Add(DataFileKind.MaterialPrices, new StringReader(Prices), "prices.csv");

    public static ReferenceDataset Build() => Builder().Build();
}
