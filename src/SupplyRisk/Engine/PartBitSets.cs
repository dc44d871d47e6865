using System.Numerics;

namespace SupplyRisk.Engine;

/// <summary>
/// One bit set per part over a column space (materials, or outside countries), stored flat, 64 columns per word. Sets
/// of different parts occupy different words, so threads may fill different parts' sets at once.
/// </summary>
internal sealed class PartBitSets
{
    private readonly ulong[] _words;
    private readonly int _width;

    public PartBitSets(int sets, int columns)
    {
        _width = (columns + 63) >> 6;
        _words = new ulong[checked(sets * _width)];
    }

    public void Add(int set, int column) => _words[(set * _width) + (column >> 6)] |= 1UL << (column & 63);

    public void UnionWith(int set, int other)
    {
        for (int w = 0; w < _width; w++)
        {
            _words[(set * _width) + w] |= _words[(other * _width) + w];
        }
    }

    public int Count(int set)
    {
        int count = 0;
        for (int w = 0; w < _width; w++)
        {
            count += BitOperations.PopCount(_words[(set * _width) + w]);
        }

        return count;
    }

    /// <summary>The set's columns in increasing order (a struct enumerator: nothing is allocated).</summary>
    public Members MembersOf(int set) => new(_words, set * _width, _width);

    /// <summary>Enumerates the columns of one set in increasing order.</summary>
    public struct Members
    {
        private readonly ulong[] _words;
        private readonly int _first;
        private readonly int _end;
        private int _word;
        private ulong _bits;

        public Members(ulong[] words, int first, int width)
        {
            _words = words;
            _first = first;
            _end = first + width;
            _word = first - 1;
            _bits = 0;
            Current = -1;
        }

        public int Current { get; private set; }

        public Members GetEnumerator() => this;

        public bool MoveNext()
        {
            while (_bits == 0)
            {
                if (++_word >= _end)
                {
                    return false;
                }

                _bits = _words[_word];
            }

            Current = ((_word - _first) << 6) + BitOperations.TrailingZeroCount(_bits);
            _bits &= _bits - 1;
            return true;
        }
    }
}
