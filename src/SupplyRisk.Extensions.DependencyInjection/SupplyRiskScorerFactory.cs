using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Microsoft.Extensions.Options;
using SupplyRisk.Geography;
using SupplyRisk.Policy;
using SupplyRisk.Scoring;

namespace SupplyRisk.Extensions.DependencyInjection;

/// <summary>The registered <see cref="ISupplyRiskScorerFactory"/>: a bounded cache of scorers by every value that makes one.</summary>
internal sealed class SupplyRiskScorerFactory : ISupplyRiskScorerFactory
{
    private readonly ConcurrentDictionary<Key, Lazy<ExposureScorer>> _scorers = new();
    private readonly int _capacity;

    public SupplyRiskScorerFactory(SupplyRiskModel model, IOptionsMonitor<SupplyRiskOptions> options)
    {
        Model = model ?? throw new ArgumentNullException(nameof(model));
        SupplyRiskOptions o = (options ?? throw new ArgumentNullException(nameof(options))).CurrentValue;
        SupplyRiskOptionsValidator.TryParseAfterCutoff(o.AfterCutoff, out AfterCutoff afterCutoff); // validated at start-up
        DefaultOptions = new ScoringOptions(horizonDays: o.DefaultHorizonDays, afterCutoff: afterCutoff, insideBuyerTradeFactor: o.InsideBuyerTradeFactor);
        _capacity = o.ScorerCacheSize;
    }

    public SupplyRiskModel Model { get; }

    public ScoringOptions DefaultOptions { get; }

    public ExposureScorer Create(string buyer, string scenario, DateTime asOf, ScoringOptions? options = null) =>
        Get(Model.GetBuyer(buyer ?? throw new ArgumentNullException(nameof(buyer))), Model.GetScenario(scenario ?? throw new ArgumentNullException(nameof(scenario))), asOf, options);

    public bool TryCreate(string? buyer, string? scenario, DateTime asOf, ScoringOptions? options, [NotNullWhen(true)] out ExposureScorer? scorer)
    {
        scorer = null;
        if (!Model.TryGetBuyer(buyer, out Buyer? b) || !Model.TryGetScenario(scenario, out Scenario? s))
        {
            return false;
        }

        scorer = Get(b, s, asOf, options);
        return true;
    }

    private ExposureScorer Get(Buyer buyer, Scenario scenario, DateTime asOf, ScoringOptions? options)
    {
        ScoringOptions o = options ?? DefaultOptions;
        if (_capacity == 0)
        {
            return Model.CreateScorer(buyer, scenario, asOf, o);
        }

        var key = new Key(buyer.Code, scenario.Id, asOf.Date, (o.HorizonDays, o.CoverDays, o.AnnualUnits, o.CoverFactor, o.LeadTimeFactor, o.AfterCutoff, o.InsideBuyerTradeFactor));

        // The hit path reads one bucket; only a miss counts the cache (ConcurrentDictionary.Count takes every lock).
        if (!_scorers.TryGetValue(key, out Lazy<ExposureScorer>? lazy))
        {
            if (_scorers.Count >= _capacity)
            {
                _scorers.Clear(); // bounded: a service scoring many dates must not grow without end
            }

            lazy = _scorers.GetOrAdd(key, _ => new Lazy<ExposureScorer>(() => Model.CreateScorer(buyer, scenario, asOf, o), LazyThreadSafetyMode.ExecutionAndPublication));
        }

        try
        {
            return lazy.Value;
        }
        catch
        {
            // Do not keep a failure, and remove only this entry: another thread may have added a healthy one since.
            ((ICollection<KeyValuePair<Key, Lazy<ExposureScorer>>>)_scorers).Remove(new KeyValuePair<Key, Lazy<ExposureScorer>>(key, lazy));
            throw;
        }
    }

    private readonly struct Key : IEquatable<Key>
    {
        private readonly string _buyer;
        private readonly string _scenario;
        private readonly DateTime _asOf;
        private readonly (int, double?, double, double, double, AfterCutoff, double) _options;

        public Key(string buyer, string scenario, DateTime asOf, (int, double?, double, double, double, AfterCutoff, double) options)
        {
            _buyer = buyer;
            _scenario = scenario;
            _asOf = asOf;
            _options = options;
        }

        public bool Equals(Key other) =>
            string.Equals(_buyer, other._buyer, StringComparison.Ordinal) && string.Equals(_scenario, other._scenario, StringComparison.Ordinal)
            && _asOf == other._asOf && _options.Equals(other._options);

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode()
        {
            unchecked
            {
                int hash = StringComparer.Ordinal.GetHashCode(_buyer);
                hash = (hash * 31) + StringComparer.Ordinal.GetHashCode(_scenario);
                hash = (hash * 31) + _asOf.GetHashCode();
                return (hash * 31) + _options.GetHashCode();
            }
        }
    }
}
