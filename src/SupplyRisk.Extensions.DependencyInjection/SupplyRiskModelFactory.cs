using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SupplyRisk.Data;
using SupplyRisk.IO;
using SupplyRisk.Parts;
using SupplyRisk.Policy;

namespace SupplyRisk.Extensions.DependencyInjection;

/// <summary>Builds the model from options, reading every file and listing every problem of every file at once.</summary>
internal static class SupplyRiskModelFactory
{
    /// <exception cref="ReferenceDataException">A file has problems, cannot be read, or two scenarios share an id; every problem is listed.</exception>
    internal static SupplyRiskModel Build(SupplyRiskOptions options)
    {
        if (options.IncludeEmbeddedData && options.DataFiles.Count == 0 && options.ConfigureData is null
            && string.IsNullOrWhiteSpace(options.TimelineFile) && options.ScenarioFiles.Count == 0 && string.IsNullOrWhiteSpace(options.ProductsFile))
        {
            return SupplyRiskModel.Default;
        }

        var errors = new List<DataError>();
        var builder = new ReferenceDatasetBuilder(options.IncludeEmbeddedData);
        foreach (SupplyRiskDataFile file in options.DataFiles)
        {
            if (SupplyRiskOptionsValidator.TryParseKind(file.Kind, out DataFileKind kind) && file.Path is not null)
            {
                Collect(errors, file.Path, () => builder.AddFile(kind, file.Path));
            }
        }

        if (options.ConfigureData is Action<ReferenceDatasetBuilder> configure)
        {
            Collect(errors, "ConfigureData", () => configure(builder));
        }

        ReferenceDataset? data = Collect(errors, "reference data", builder.Build);
        PolicyTimeline? timeline = string.IsNullOrWhiteSpace(options.TimelineFile)
            ? (options.IncludeEmbeddedData ? EmbeddedData.Timeline : PolicyTimeline.Empty)
            : Collect(errors, options.TimelineFile!, () =>
            {
                using TextReader reader = InputFile.OpenText(options.TimelineFile!);
                return PolicyCsv.Read(reader, Path.GetFileName(options.TimelineFile!), options.TimelineDataAsOf);
            });
        ProductCatalog? products = string.IsNullOrWhiteSpace(options.ProductsFile)
            ? (options.IncludeEmbeddedData ? EmbeddedData.Products : new ProductCatalog(Array.Empty<Product>(), new PartCatalog(Array.Empty<Part>())))
            : Collect(errors, options.ProductsFile!, () => BomFile.Read(options.ProductsFile!));
        var scenarios = new List<Scenario>(options.IncludeEmbeddedData
            ? EmbeddedData.Scenarios
            : new[] { Scenario.Create("baseline").Named("Baseline: no policy measures").Build() });
        if (data is not null)
        {
            foreach (string path in options.ScenarioFiles)
            {
                Scenario? scenario = Collect(errors, path, () => ScenarioJson.Read(InputFile.ReadAllText(path), Path.GetFileName(path), data));
                if (scenario is not null)
                {
                    scenarios.Add(scenario);
                }
            }
        }

        SupplyRiskModel? model = errors.Count == 0
            ? Collect(errors, "scenarios", () => new SupplyRiskModel(data!, timeline!, products!, scenarios))
            : null;
        if (model is null)
        {
            throw new ReferenceDataException(errors);
        }

        return model;
    }

    private static void Collect(List<DataError> errors, string source, Action action) =>
        Collect<object?>(errors, source, () =>
        {
            action();
            return null;
        });

    private static T? Collect<T>(List<DataError> errors, string source, Func<T> action)
        where T : class?
    {
        try
        {
            return action();
        }
        catch (DataFormatException e)
        {
            errors.AddRange(e.Errors);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            errors.Add(new DataError(source, null, e.Message));
        }

        return null;
    }
}
