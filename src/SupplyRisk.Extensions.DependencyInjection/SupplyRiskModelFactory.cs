using System;
using SupplyRisk.IO;

namespace SupplyRisk.Extensions.DependencyInjection;

/// <summary>Builds the model from options with <see cref="SupplyRiskModelBuilder"/>, which reads every file and lists every problem at once.</summary>
internal static class SupplyRiskModelFactory
{
    /// <exception cref="DataFormatException">A file has problems, cannot be read, or two scenarios share an id; every problem is listed.</exception>
    internal static SupplyRiskModel Build(SupplyRiskOptions options)
    {
        SupplyRiskModelBuilder builder = SupplyRiskModel.CreateBuilder(options.IncludeEmbeddedData);
        foreach (SupplyRiskDataFile file in options.DataFiles)
        {
            if (SupplyRiskOptionsValidator.TryParseKind(file.Kind, out DataFileKind kind) && file.Path is not null)
            {
                builder.AddDataFile(kind, file.Path);
            }
        }

        if (options.ConfigureData is Action<ReferenceDatasetBuilder> configure)
        {
            builder.ConfigureData(configure);
        }

        if (!string.IsNullOrWhiteSpace(options.TimelineFile))
        {
            builder.WithTimelineFile(options.TimelineFile!, options.TimelineDataAsOf);
        }

        if (!string.IsNullOrWhiteSpace(options.ProductsFile))
        {
            builder.WithProductsFile(options.ProductsFile!);
        }

        foreach (string path in options.ScenarioFiles)
        {
            builder.AddScenarioFile(path);
        }

        return builder.Build();
    }
}
