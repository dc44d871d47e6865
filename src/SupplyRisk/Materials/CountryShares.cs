using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System;
using SupplyRisk.Geography;
using SupplyRisk.Sources;

namespace SupplyRisk.Materials;

/// <summary>
/// The distribution of a supply stage's output over supplier countries: finite, non-negative shares
/// that sum to 1 within <see cref="SumTolerance"/>, each country at most once. Ordered by share,
/// largest first. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Shares are never silently renormalised. A source that lists only the top producers is completed
/// by an explicit <see cref="CountryCode.RestOfWorld"/> entry (see <see cref="FromTopProducers"/>).
/// </remarks>
public sealed class CountryShares
{
    /// <summary>How far the sum of shares may be from 1: 1e-4 (0.01 percentage points), enough for shares rounded to 6 decimals.</summary>
    public const double SumTolerance = 1e-4;

    private readonly CountryShare[] _entries;
    private readonly double[] _shares;

    private CountryShares(CountryShare[] entries)
    {
        _entries = entries;
        _shares = entries.Select(e => e.Share).ToArray();
        Entries = Array.AsReadOnly(entries);
    }

    /// <summary>The entries, largest share first (ties by country code, ROW last).</summary>
    public IReadOnlyList<CountryShare> Entries { get; }

    /// <summary>The shares in the order of <see cref="Entries"/>.</summary>
    public ReadOnlySpan<double> Shares => _shares;

    /// <summary>The number of suppliers listed (ROW counts as one).</summary>
    public int Count => _entries.Length;

    /// <summary>Whether the distribution has a rest-of-world remainder.</summary>
    public bool HasRestOfWorld => _entries.Any(e => e.Country.IsRestOfWorld);

    /// <summary>Lists every problem with the given entries, empty when they form a valid distribution.</summary>
    public static IReadOnlyList<string> Validate(IEnumerable<CountryShare> entries)
    {
        if (entries is null)
        {
            throw new ArgumentNullException(nameof(entries));
        }

        var problems = new List<string>();
        var seen = new HashSet<CountryCode>();
        double sum = 0;
        int count = 0;
        foreach (CountryShare entry in entries)
        {
            count++;
            if (entry is null)
            {
                problems.Add("an entry is null");
                continue;
            }

            if (entry.Country.IsDefault)
            {
                problems.Add("an entry has no country code");
            }
            else if (!seen.Add(entry.Country))
            {
                problems.Add($"country {entry.Country} is listed more than once");
            }

            if (double.IsNaN(entry.Share) || double.IsInfinity(entry.Share))
            {
                problems.Add($"the share of {entry.Country} is {entry.Share.ToString(CultureInfo.InvariantCulture)}, not a finite number");
            }
            else if (entry.Share < 0 || entry.Share > 1)
            {
                problems.Add($"the share of {entry.Country} is {entry.Share.ToString("R", CultureInfo.InvariantCulture)}, outside [0, 1]");
            }
            else
            {
                sum += entry.Share;
            }
        }

        if (count == 0)
        {
            problems.Add("there are no shares");
        }
        else if (problems.Count == 0 && Math.Abs(sum - 1.0) > SumTolerance)
        {
            problems.Add(string.Format(
                CultureInfo.InvariantCulture,
                "the shares sum to {0:0.######}, not 1 (tolerance {1}); add an explicit ROW remainder rather than rescaling",
                sum,
                SumTolerance));
        }

        return problems;
    }

    /// <summary>Creates a distribution from complete shares.</summary>
    /// <exception cref="ArgumentException">Any share is NaN, infinite, negative or above 1, a country repeats, or the sum is not 1; the message lists every problem.</exception>
    public static CountryShares Create(IEnumerable<CountryShare> entries)
    {
        CountryShare[] list = (entries ?? throw new ArgumentNullException(nameof(entries))).ToArray();
        IReadOnlyList<string> problems = Validate(list);
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid country shares: " + string.Join("; ", problems) + ".", nameof(entries));
        }

        Array.Sort(list, (a, b) =>
        {
            int byShare = b.Share.CompareTo(a.Share);
            return byShare != 0 ? byShare : a.Country.CompareTo(b.Country);
        });
        return new CountryShares(list);
    }

    /// <summary>Creates a distribution from complete shares given as (country, share) pairs.</summary>
    /// <exception cref="ArgumentException">As for <see cref="Create(IEnumerable{CountryShare})"/>.</exception>
    public static CountryShares Create(params (CountryCode Country, double Share)[] shares) =>
        Create((shares ?? throw new ArgumentNullException(nameof(shares))).Select(s => new CountryShare(s.Country, s.Share)));

    /// <summary>
    /// Creates a distribution from a source that lists only the top producers, adding an explicit
    /// <see cref="CountryCode.RestOfWorld"/> entry of <c>1 − Σ listed</c>. The listed shares are kept as given.
    /// </summary>
    /// <exception cref="ArgumentException">The listed shares are invalid, already include ROW, or sum to more than 1.</exception>
    public static CountryShares FromTopProducers(IEnumerable<CountryShare> listed, Provenance? remainderProvenance = null)
    {
        CountryShare[] list = (listed ?? throw new ArgumentNullException(nameof(listed))).ToArray();
        if (list.Any(e => e is not null && e.Country.IsRestOfWorld))
        {
            throw new ArgumentException("The listed producers already include ROW; use Create.", nameof(listed));
        }

        double sum = list.Where(e => e is not null).Sum(e => e.Share);
        if (sum > 1 + SumTolerance)
        {
            throw new ArgumentException(
                string.Format(CultureInfo.InvariantCulture, "The listed producers' shares sum to {0:0.######}, more than 1.", sum),
                nameof(listed));
        }

        var remainder = new CountryShare(
            CountryCode.RestOfWorld,
            Math.Max(0, 1 - sum),
            remainderProvenance ?? new Provenance("remainder: 1 minus the listed shares", DataQuality.Estimate));
        return Create(list.Concat(new[] { remainder }));
    }

    /// <summary>The share of <paramref name="country"/>, 0 when it is not listed.</summary>
    public double ShareOf(CountryCode country)
    {
        foreach (CountryShare entry in _entries)
        {
            if (entry.Country == country)
            {
                return entry.Share;
            }
        }

        return 0;
    }

    /// <summary>
    /// A what-if copy in which <paramref name="country"/> has <paramref name="share"/> and every other supplier's share
    /// is scaled by the same factor so that the shares still sum to 1 (their proportions among themselves are kept).
    /// When no other supplier is listed, the freed share goes to an explicit <see cref="CountryCode.RestOfWorld"/> entry.
    /// Changed figures are marked as estimates derived from the original source. This instance is not changed.
    /// </summary>
    /// <param name="country">The supplier whose share changes; added when not listed.</param>
    /// <param name="share">Its new share, in [0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException">The share is NaN or outside [0, 1].</exception>
    /// <exception cref="ArgumentException">The country is default, or it is the only possible supplier (ROW at 100 %) and the share is below 1.</exception>
    public CountryShares WithShare(CountryCode country, double share)
    {
        if (country.IsDefault)
        {
            throw new ArgumentException("A country code is needed.", nameof(country));
        }

        if (double.IsNaN(share) || share < 0 || share > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(share), share, $"The share of {country} must be within [0, 1]; got {share.ToString("R", CultureInfo.InvariantCulture)}.");
        }

        CountryShare? current = _entries.FirstOrDefault(e => e.Country == country);
        double others = _entries.Where(e => e.Country != country).Sum(e => e.Share);
        var entries = new List<CountryShare>(_entries.Length + 1)
        {
            new(country, share, Derived(current?.Provenance, $"set to {share.ToString("R", CultureInfo.InvariantCulture)} in a what-if variant")),
        };
        if (others > 0)
        {
            double scale = (1.0 - share) / others;
            entries.AddRange(_entries.Where(e => e.Country != country).Select(e =>
                new CountryShare(e.Country, e.Share * scale, Derived(e.Provenance, "rescaled proportionally in a what-if variant"))));
        }
        else if (share < 1)
        {
            if (country.IsRestOfWorld)
            {
                throw new ArgumentException("ROW is the only supplier listed; there is no one to take the share it gives up.", nameof(country));
            }

            entries.Add(new CountryShare(CountryCode.RestOfWorld, 1.0 - share, new Provenance("remainder: 1 minus the listed shares", DataQuality.Estimate)));
        }

        return Create(entries);
    }

    /// <summary>Copies the shares into <paramref name="destination"/> in the order of <see cref="Entries"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <see cref="Count"/>.</exception>
    public void CopySharesTo(Span<double> destination)
    {
        if (destination.Length < _shares.Length)
        {
            throw new ArgumentException($"The destination holds {destination.Length} values; {_shares.Length} are needed.", nameof(destination));
        }

        _shares.AsSpan().CopyTo(destination);
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(", ", _entries.Select(e => e.ToString()));

    private static Provenance Derived(Provenance? original, string note) =>
        new(original?.Source ?? "supplied by the caller", DataQuality.Estimate, original?.Year, note);
}
