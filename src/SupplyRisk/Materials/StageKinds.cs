namespace SupplyRisk.Materials;

/// <summary>The names of <see cref="StageKind"/> in data files, JSON and reports: <c>extraction</c>, <c>processing</c>, <c>manufacturing</c>.</summary>
internal static class StageKinds
{
    public const string Expected = "extraction, processing or manufacturing";

    public static bool TryParse(string? text, out StageKind kind)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "extraction":
                kind = StageKind.Extraction;
                return true;
            case "processing":
                kind = StageKind.Processing;
                return true;
            case "manufacturing":
                kind = StageKind.Manufacturing;
                return true;
            default:
                kind = default;
                return false;
        }
    }

    public static string Name(StageKind kind) => kind switch
    {
        StageKind.Extraction => "extraction",
        StageKind.Processing => "processing",
        _ => "manufacturing",
    };

    /// <summary>
    /// The class of what leaves a stage: ore after extraction, a refined material after processing, a magnet after
    /// manufacturing (the only manufacturing stage the data holds is NdFeB magnet making; a bill of materials that names
    /// a material-form part replaces the stage with that part's own class).
    /// </summary>
    public static ItemClass Output(StageKind kind) => kind switch
    {
        StageKind.Extraction => ItemClass.Ore,
        StageKind.Processing => ItemClass.RefinedMaterial,
        _ => ItemClass.Magnet,
    };
}
