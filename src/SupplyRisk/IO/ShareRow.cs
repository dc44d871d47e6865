using SupplyRisk.Materials;

namespace SupplyRisk.IO;

/// <summary>A parsed share row kept with its record so later checks can name its location.</summary>
internal sealed class ShareRow
{
    public ShareRow(CsvRecord record, CountryShare share, string? label)
    {
        Record = record;
        Share = share;
        Label = label;
    }

    public CsvRecord Record { get; }

    public CountryShare Share { get; }

    public string? Label { get; }
}
