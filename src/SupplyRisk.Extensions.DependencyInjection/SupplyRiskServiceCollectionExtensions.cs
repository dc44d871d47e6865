using System;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;
using SupplyRisk.Criticality;
using SupplyRisk.Data;
using SupplyRisk.IO;
using SupplyRisk.Scoring;

namespace SupplyRisk.Extensions.DependencyInjection;

/// <summary>Registers SupplyRisk with a service collection.</summary>
public static class SupplyRiskServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ReferenceDataset"/> and <see cref="SupplyRiskAssessor"/> as singletons (both are
    /// immutable and thread-safe). Idempotent: the first registration wins, later calls add nothing.
    /// The dataset is built on first resolution; invalid data then throws <see cref="ReferenceDataException"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Optional configuration of the data and the assessor.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddSupplyRisk(this IServiceCollection services, Action<SupplyRiskOptions>? configure = null)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        var options = new SupplyRiskOptions();
        configure?.Invoke(options);
        Concentration.TradeFactor.Check(options.InsideBuyerTradeFactor, nameof(options.InsideBuyerTradeFactor));

        services.TryAddSingleton(_ => BuildDataset(options));
        services.TryAddSingleton(provider => new SupplyRiskAssessor(provider.GetRequiredService<ReferenceDataset>(), options.InsideBuyerTradeFactor));
        return services;
    }

    private static ReferenceDataset BuildDataset(SupplyRiskOptions options)
    {
        if (options.ConfigureData is null && options.IncludeEmbeddedData)
        {
            return EmbeddedData.Dataset;
        }

        ReferenceDatasetBuilder builder = new ReferenceDatasetBuilder(options.IncludeEmbeddedData);
        options.ConfigureData?.Invoke(builder);
        return builder.Build();
    }
}
