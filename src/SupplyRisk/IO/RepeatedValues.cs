using System;
using System.Collections.Generic;
using SupplyRisk.Materials;

namespace SupplyRisk.IO;

/// <summary>
/// One object for each distinct text a large file repeats on many rows (ERP exports repeat a part's name and made-in on
/// every row), and the made-in mixes parsed from them, up to 100,000 distinct values each. Only valid mixes are kept:
/// a bad one is parsed again, so that it reports its error on every row that has it.
/// </summary>
internal sealed class RepeatedValues
{
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CountryShares?> _madeIn = new(StringComparer.Ordinal);

    public string Text(string text)
    {
        if (!_texts.TryGetValue(text, out string? one))
        {
            one = text;
            if (_texts.Count < MaximumDistinct)
            {
                _texts.Add(text, text);
            }
        }

        return one;
    }

    public CountryShares? MadeIn(string text, Func<CountryShares?> parse)
    {
        if (_madeIn.TryGetValue(text, out CountryShares? shares))
        {
            return shares;
        }

        shares = parse();
        if (shares is not null && _madeIn.Count < MaximumDistinct)
        {
            _madeIn.Add(text, shares); // only valid mixes: a bad one reports its error on every row that has it
        }

        return shares;
    }

    private const int MaximumDistinct = 100_000;
}
