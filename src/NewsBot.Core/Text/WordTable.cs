using System.Numerics;

namespace NewsBot.Core.Text;

/// <summary>
/// Open addressing over a power-of-two table at most a quarter full. Every word of an article is looked
/// up in several of these, so a probe is one inlined hash of a few characters and usually one compare,
/// and words longer than any key are rejected before hashing. A later duplicate key wins.
/// </summary>
internal sealed class WordTable<T>
{
    private readonly string?[] _keys;
    private readonly T[] _values;
    private readonly int _shift;
    private readonly int _maxLength;

    public WordTable(IEnumerable<KeyValuePair<string, T>> pairs)
    {
        var list = pairs.ToList();
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, list.Count * 4));
        _keys = new string?[size];
        _values = new T[size];
        _shift = 32 - BitOperations.Log2((uint)size);
        foreach (var (key, value) in list)
        {
            _maxLength = Math.Max(_maxLength, key.Length);
            var i = Slot(key);
            while (_keys[i] is { } existing && existing != key)
            {
                i = (i + 1) & (size - 1);
            }

            _keys[i] = key;
            _values[i] = value;
        }
    }

    public bool TryGet(ReadOnlySpan<char> word, out T value)
    {
        if (word.Length <= _maxLength)
        {
            var keys = _keys;
            for (var i = Slot(word); keys[i] is { } key; i = (i + 1) & (keys.Length - 1))
            {
                if (word.SequenceEqual(key))
                {
                    value = _values[i];
                    return true;
                }
            }
        }

        value = default!;
        return false;
    }

    private int Slot(ReadOnlySpan<char> word)
    {
        // FNV-1a, then Fibonacci hashing keeps the well-mixed top bits.
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)((hash * 2654435769u) >> _shift);
    }
}
