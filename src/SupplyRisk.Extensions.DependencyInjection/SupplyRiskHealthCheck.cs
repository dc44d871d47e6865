using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SupplyRisk.Extensions.DependencyInjection;

/// <summary>
/// Reports the registered <see cref="SupplyRiskModel"/>: healthy once it is built (the host does not start otherwise),
/// with the policy data's cut-off and the counts of materials, measures, products and scenarios. Register it with
/// <c>services.AddHealthChecks().AddCheck&lt;SupplyRiskHealthCheck&gt;("supplyrisk")</c> (package
/// Microsoft.Extensions.Diagnostics.HealthChecks, part of ASP.NET Core).
/// </summary>
public sealed class SupplyRiskHealthCheck : IHealthCheck
{
    private readonly SupplyRiskModel _model;

    /// <summary>Creates the check for a model.</summary>
    /// <param name="model">The model reported.</param>
    public SupplyRiskHealthCheck(SupplyRiskModel model) => _model = model ?? throw new ArgumentNullException(nameof(model));

    /// <summary>Reports the model (no I/O: the model is immutable and already built).</summary>
    /// <param name="context">The health-check context.</param>
    /// <param name="cancellationToken">Not used: the check does not wait.</param>
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        string cutoff = _model.DataAsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none stated";
        var data = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["dataAsOf"] = cutoff,
            ["materials"] = _model.Data.Materials.Count,
            ["measures"] = _model.Timeline.Measures.Count,
            ["products"] = _model.Products.Products.Count,
            ["scenarios"] = _model.Scenarios.Count,
        };
        string description = string.Format(
            CultureInfo.InvariantCulture,
            "SupplyRisk model: data cut-off {0}; {1} materials, {2} policy measures, {3} products, {4} scenarios.",
            cutoff,
            _model.Data.Materials.Count,
            _model.Timeline.Measures.Count,
            _model.Products.Products.Count,
            _model.Scenarios.Count);
        return Task.FromResult(HealthCheckResult.Healthy(description, data));
    }
}
