using System.Collections.Concurrent;
using System;

namespace SupplyRisk.Dynamics;

/// <summary>
/// Route models shared by scoring contexts that differ only in numbers a model does not hold: a Monte Carlo run's
/// trials draw magnitudes, ramps, buffers and lead times, which live in the measures' daily paths and the materials'
/// dynamics, while a route's model (which measures cover which crossings, and with what mass) depends only on which
/// measures are followed, in what order, and on the content rules' thresholds (<see cref="Scoring.ExposureScorer"/>'s
/// measure signature). Compiling the models is most of a trial's cost, so a run compiles each distinct one once; the
/// tariffs routes pay at the borders they cross are shared the same way, keyed by the tariffs in force.
/// Thread-safe.
/// </summary>
internal sealed class RouteModelCache
{
    private readonly ConcurrentDictionary<string, RouteModel> _models = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, double> _tariffs = new(StringComparer.Ordinal);

    /// <summary>The number of distinct models held.</summary>
    public int Count => _models.Count;

    /// <summary>The model for <paramref name="key"/>, compiled by <paramref name="compile"/> the first time it is asked for.</summary>
    public RouteModel GetOrAdd(string key, Func<RouteModel> compile) => _models.GetOrAdd(key, _ => compile());

    /// <summary>
    /// The crossing tariffs for <paramref name="key"/> (which must name the tariffs in force, the material, the chain and,
    /// for a last crossing, the place), computed by <paramref name="compute"/> the first time they are asked for.
    /// </summary>
    public double GetOrAddTariff(string key, Func<double> compute) => _tariffs.GetOrAdd(key, _ => compute());
}
