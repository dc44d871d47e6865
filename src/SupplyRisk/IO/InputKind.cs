namespace SupplyRisk.IO;

/// <summary>The kinds of input file, each with its own <see cref="DataFormatException"/>.</summary>
internal enum InputKind
{
    /// <summary>Reference data (<see cref="DataFileKind"/>) and the embedded product data: <see cref="ReferenceDataException"/>.</summary>
    ReferenceData = 0,

    /// <summary>A bill of materials (CSV, JSON, ERP export): <see cref="BomFormatException"/>.</summary>
    Bom = 1,

    /// <summary>A scenario JSON file: <see cref="ScenarioFormatException"/>.</summary>
    Scenario = 2,

    /// <summary>A policy timeline CSV: <see cref="PolicyFormatException"/>.</summary>
    Policy = 3,
}
