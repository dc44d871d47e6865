using System;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SupplyRisk.Data;
using SupplyRisk.IO;
using SupplyRisk.Parts;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;

namespace SupplyRisk.Extensions.DependencyInjection;

/// <summary>Registers SupplyRisk with a service collection.</summary>
/// <remarks>
/// Registers as singletons (all immutable and thread-safe): <see cref="SupplyRiskModel"/>, its
/// <see cref="ReferenceDataset"/>, <see cref="PolicyTimeline"/> and <see cref="ProductCatalog"/>, a
/// <see cref="SupplyRiskAssessor"/> with the configured inside-buyer trade factor, an
/// <see cref="ISupplyRiskScorerFactory"/> and a <see cref="SupplyRiskHealthCheck"/>. The model is built once from
/// <c>IOptions&lt;SupplyRiskOptions&gt;</c> as resolved, so <c>services.Configure&lt;SupplyRiskOptions&gt;(…)</c> before or
/// after this call is honoured. Both the options and the data are validated at start-up (<c>ValidateOnStart</c>): a
/// host with a bad value or a bad data file fails to start with an <see cref="OptionsValidationException"/> that lists
/// every problem (each data problem with its file and line). Without a host, resolving the model throws the same
/// exception for bad options, or a <see cref="ReferenceDataException"/> for bad data. Calling this again registers
/// nothing more; its configuration is applied after the earlier one's.
/// </remarks>
public static class SupplyRiskServiceCollectionExtensions
{
    /// <summary>Registers SupplyRisk's services with the options as configured elsewhere (by default: the embedded model).</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddSupplyRisk(this IServiceCollection services)
    {
        AddServices(services ?? throw new ArgumentNullException(nameof(services)));
        return services;
    }

    /// <summary>Registers SupplyRisk's services, configured in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">The configuration of the options (applied as <c>services.Configure</c> would).</param>
    /// <returns>The same service collection.</returns>
    /// <example>
    /// <code>
    /// services.AddSupplyRisk(o => o.DataFiles.Add(new SupplyRiskDataFile(DataFileKind.StageShares, "ours.csv")));
    /// </code>
    /// </example>
    public static IServiceCollection AddSupplyRisk(this IServiceCollection services, Action<SupplyRiskOptions> configure)
    {
        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        AddServices(services ?? throw new ArgumentNullException(nameof(services)));
        services.Configure(configure);
        return services;
    }

    /// <summary>Registers SupplyRisk's services with options bound from configuration (and re-bound when it reloads; the model is built once).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding the options, e.g. <c>configuration.GetSection("SupplyRisk")</c> (<see cref="SupplyRiskOptions.SectionName"/>).</param>
    /// <returns>The same service collection.</returns>
    /// <example>
    /// <code>
    /// builder.Services.AddSupplyRisk(builder.Configuration.GetSection(SupplyRiskOptions.SectionName));
    /// </code>
    /// </example>
    public static IServiceCollection AddSupplyRisk(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration is null)
        {
            throw new ArgumentNullException(nameof(configuration));
        }

        AddServices(services ?? throw new ArgumentNullException(nameof(services)));
        // A misspelt key must not be ignored (it would silently leave a default in place): the binder refuses it.
        services.AddOptions<SupplyRiskOptions>().Bind(configuration, binder => binder.ErrorOnUnknownConfiguration = true);
        return services;
    }

    private static void AddServices(IServiceCollection services)
    {
        services.AddOptions<SupplyRiskOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SupplyRiskOptions>, SupplyRiskOptionsValidator>());
        services.AddOptions<SupplyRiskModelCheck>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SupplyRiskModelCheck>, SupplyRiskModelCheckValidator>());

        // IOptionsMonitor's value is the instance ValidateOnStart validated (IOptions<T>.Value is equal to it but would be
        // created and validated again).
        services.TryAddSingleton(provider => SupplyRiskModelFactory.Build(provider.GetRequiredService<IOptionsMonitor<SupplyRiskOptions>>().CurrentValue));
        services.TryAddSingleton(provider => provider.GetRequiredService<SupplyRiskModel>().Data);
        services.TryAddSingleton(provider => provider.GetRequiredService<SupplyRiskModel>().Timeline);
        services.TryAddSingleton(provider => provider.GetRequiredService<SupplyRiskModel>().Products);
        services.TryAddSingleton(provider => new SupplyRiskAssessor(
            provider.GetRequiredService<ReferenceDataset>(),
            provider.GetRequiredService<IOptionsMonitor<SupplyRiskOptions>>().CurrentValue.InsideBuyerTradeFactor));
        services.TryAddSingleton<ISupplyRiskScorerFactory, SupplyRiskScorerFactory>();
        services.TryAddSingleton<SupplyRiskHealthCheck>();
    }
}
