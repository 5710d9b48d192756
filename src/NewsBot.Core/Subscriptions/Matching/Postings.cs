namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>The subscriptions a key selects, as <c>slot &lt;&lt; 5 | clause</c>; unordered, so removal swaps in the last one.</summary>
internal sealed class Postings
{
    private int[] _items = new int[2];

    public int Count { get; private set; }

    public ReadOnlySpan<int> Items => _items.AsSpan(0, Count);

    public void Add(int posting)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = posting;
    }

    public void Remove(int posting)
    {
        var index = Array.IndexOf(_items, posting, 0, Count);
        if (index >= 0)
        {
            _items[index] = _items[--Count];
        }
    }
}
