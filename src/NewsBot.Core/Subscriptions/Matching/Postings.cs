namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>The subscriptions a key selects; unordered, so removal swaps in the last one.</summary>
internal struct Postings
{
    private Posting[]? _items;

    public int Count { get; private set; }

    public readonly ReadOnlySpan<Posting> Items => _items.AsSpan(0, Count);

    public void Add(Posting posting)
    {
        _items ??= new Posting[2];
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = posting;
    }

    /// <summary>Removes the posting of <paramref name="slot"/>, if any.</summary>
    public void Remove(int slot)
    {
        for (var i = 0; i < Count; i++)
        {
            if (_items![i].Slot == slot)
            {
                _items[i] = _items[--Count];
                _items[Count] = default;
                return;
            }
        }
    }
}
