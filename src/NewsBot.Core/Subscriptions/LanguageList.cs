using System.Collections;

namespace NewsBot.Core.Subscriptions;

/// <summary>
/// The language codes a subscription takes, compared by value. Records compare an
/// <see cref="IReadOnlyList{T}"/> property by reference, so without this two equal subscriptions read
/// twice from a store would differ.
/// </summary>
internal sealed class LanguageList : IReadOnlyList<string>, IEquatable<LanguageList>
{
    private readonly string[] _codes;

    private LanguageList(string[] codes)
    {
        _codes = codes;
    }

    public static LanguageList Empty { get; } = new([]);

    public int Count => _codes.Length;

    public string this[int index] => _codes[index];

    public static LanguageList From(IEnumerable<string>? codes)
    {
        if (codes is LanguageList list)
        {
            return list;
        }

        var array = codes?.ToArray() ?? [];
        return array.Length == 0 ? Empty : new LanguageList(array);
    }

    public bool Equals(LanguageList? other) => other is not null && _codes.AsSpan().SequenceEqual(other._codes);

    public override bool Equals(object? obj) => Equals(obj as LanguageList);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var code in _codes)
        {
            hash.Add(code, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_codes).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => string.Join(',', _codes);
}
