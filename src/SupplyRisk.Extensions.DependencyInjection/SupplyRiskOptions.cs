using System;
using SupplyRisk.Criticality;
using SupplyRisk.Data;
using SupplyRisk.IO;
using SupplyRisk.Scoring;

namespace SupplyRisk.Extensions.DependencyInjection;

/// <summary>How <see cref="SupplyRiskServiceCollectionExtensions.AddSupplyRisk"/> builds the services. Mutable only while configuring.</summary>
public sealed class SupplyRiskOptions
{
    /// <summary>
    /// Adds your data files to the builder that starts from the embedded dataset (or from nothing when
    /// <see cref="IncludeEmbeddedData"/> is false). When null, the embedded <see cref="EmbeddedData.Dataset"/> is used as is.
    /// </summary>
    public Action<ReferenceDatasetBuilder>? ConfigureData { get; set; }

    /// <summary>Whether the builder starts from the embedded data. Default true.</summary>
    public bool IncludeEmbeddedData { get; set; } = true;

    /// <summary>The trade factor of suppliers inside the buyer. Default <see cref="SupplyRiskAssessor.DefaultInsideBuyerTradeFactor"/> (0.8).</summary>
    public double InsideBuyerTradeFactor { get; set; } = SupplyRiskAssessor.DefaultInsideBuyerTradeFactor;
}
