using System.Runtime.InteropServices;

namespace NewsBot.Core.Stories;

/// <summary>
/// Open stories by their heaviest terms (names, places, figures, rare words), so an article is scored
/// only against the stories it shares such a term with, however many are open. An open-addressed table of
/// 8-byte slots, a term's hash and its story's slot in <see cref="StoryTable"/>: most head terms are one
/// story's own names and figures, so a term holds its story without a list; a term in several stories
/// holds a list of their slots.
/// </summary>
internal sealed class StoryIndex(StoryTable stories)
{
    /// <summary>A term in more stories' heads than this is not what tells one event from another; it finds no candidates.</summary>
    public const int MaxPostings = 2_000;

    /// <summary>
    /// Stories scored per article at most: those the article's indexed terms weigh most in. Without a bound
    /// the count grows with the open stories (4 at 1,000 open, 111 at 50,000 in the stories bench), each
    /// read from a cold corner of a large heap, because common words of the window find more stories the
    /// more are open; the story an article belongs to shares its names and figures, its heaviest terms.
    /// </summary>
    public const int MaxScored = 24;

    private const int InitialCapacity = 1 << 10;

    // The low half of a slot is a story's slot, or ListFlag and the place of a list in _lists.
    private const uint ListFlag = 0x8000_0000;

    // A slot: the term's hash in the high half (0: empty), the story or list in the low half.
    private ulong[] _slots = new ulong[InitialCapacity];

    // A list: its count in [0], the stories' slots after it.
    private readonly List<int[]?> _lists = [];
    private readonly Stack<int> _freeLists = new();
    private readonly List<int> _candidates = [];
    private readonly Comparison<int> _byEvidence = (x, y) =>
    {
        ref var a = ref stories.Head(x);
        ref var b = ref stories.Head(y);
        return b.Evidence != a.Evidence ? b.Evidence.CompareTo(a.Evidence) : a.Id.CompareTo(b.Id);
    };

    /// <summary>Terms some open story is indexed under.</summary>
    public int Count { get; private set; }

    /// <summary>Slots of the table.</summary>
    public int Capacity => _slots.Length;

    /// <summary>Bytes of the table and the lists, an array's header counted as 24 (the stories bench prints it).</summary>
    public long Bytes => (_slots.Length * 8L) + (_lists.Count * 8L) + _lists.Sum(l => l is null ? 0L : 24L + (4L * l.Length));

    /// <summary>Terms held by more than one story: those with a list.</summary>
    public int Shared => _lists.Count - _freeLists.Count;

    /// <summary>How many stories are indexed under <paramref name="term"/>.</summary>
    public int PostingCount(uint term) => Postings(term).Length;

    /// <summary>The stories indexed under <paramref name="term"/>, in no order.</summary>
    public int[] Postings(uint term)
    {
        var entry = _slots[Find(_slots, Stored(term))];
        if (entry == 0)
        {
            return [];
        }

        var value = (uint)entry;
        if (value < ListFlag)
        {
            return [(int)value];
        }

        var list = _lists[(int)(value & ~ListFlag)]!;
        return list.AsSpan(1, list[0]).ToArray();
    }

    /// <summary>Indexes the story under its heads' terms now (<see cref="StoryTable.Indexed"/>) in place of <paramref name="before"/>.</summary>
    public void Reindex(int story, ReadOnlySpan<uint> before)
    {
        var head = stories.Indexed(story);
        foreach (var term in before)
        {
            if (head.IndexOf(term) < 0)
            {
                RemovePosting(term, story);
            }
        }

        foreach (var term in head)
        {
            if (before.IndexOf(term) < 0)
            {
                AddPosting(term, story);
            }
        }
    }

    /// <summary>Takes the story out of the index, before its slot is released.</summary>
    public void Remove(int story)
    {
        foreach (var term in stories.Indexed(story))
        {
            RemovePosting(term, story);
        }
    }

    /// <summary>
    /// The open stories indexed under the article's terms, the <see cref="MaxScored"/> in which those terms
    /// weigh most for the article (its weights must be in <see cref="StoryTerm.Scratch"/>); the list is
    /// reused by the next call.
    /// </summary>
    public List<int> Candidates(ArticleVector article, long serial)
    {
        _candidates.Clear();
        foreach (var term in article.Terms)
        {
            var entry = _slots[Find(_slots, Stored(term.Hash))];
            if (entry == 0)
            {
                continue;
            }

            var value = (uint)entry;
            if (value < ListFlag)
            {
                Found((int)value, term.Scratch, serial);
                continue;
            }

            var list = _lists[(int)(value & ~ListFlag)]!;
            if (list[0] > MaxPostings)
            {
                continue;
            }

            foreach (var story in list.AsSpan(1, list[0]))
            {
                Found(story, term.Scratch, serial);
            }
        }

        if (_candidates.Count > MaxScored)
        {
            // Ties by id, so that the same input gives the same stories whatever the list's order.
            _candidates.Sort(_byEvidence);
            _candidates.RemoveRange(MaxScored, _candidates.Count - MaxScored);
        }

        return _candidates;
    }

    private void Found(int story, float weight, long serial)
    {
        ref var head = ref stories.Head(story);
        if (head.CandidateOf != serial)
        {
            head.CandidateOf = serial;
            head.Evidence = 0;
            _candidates.Add(story);
        }

        head.Evidence += weight;
    }

    // 0 marks an empty slot.
    private static uint Stored(uint term) => term == 0 ? 1 : term;

    // The hashes are well mixed: their product with the size spreads them over any size.
    private static int Home(uint key, int length) => (int)(((ulong)key * (ulong)length) >> 32);

    private static int Find(ulong[] slots, uint key)
    {
        var slot = Home(key, slots.Length);
        while (slots[slot] != 0 && (uint)(slots[slot] >> 32) != key)
        {
            slot = slot + 1 == slots.Length ? 0 : slot + 1;
        }

        return slot;
    }

    private void AddPosting(uint term, int story)
    {
        if ((Count + 1) * 4L > _slots.Length * 3L)
        {
            Resize(_slots.Length + (_slots.Length / 2));
        }

        var key = Stored(term);
        var slot = Find(_slots, key);
        var entry = _slots[slot];
        if (entry == 0)
        {
            _slots[slot] = ((ulong)key << 32) | (uint)story;
            Count++;
            return;
        }

        var value = (uint)entry;
        if (value < ListFlag)
        {
            if ((int)value == story)
            {
                return;
            }

            var list = new int[4];
            (list[0], list[1], list[2]) = (2, (int)value, story);
            _slots[slot] = ((ulong)key << 32) | ListFlag | (uint)Keep(list);
            return;
        }

        var place = (int)(value & ~ListFlag);
        ref var many = ref CollectionsMarshal.AsSpan(_lists)[place];
        var count = many![0];
        if (many.AsSpan(1, count).Contains(story))
        {
            return;
        }

        if (count + 1 == many.Length)
        {
            Array.Resize(ref many, many.Length * 2);
        }

        many[count + 1] = story;
        many[0] = count + 1;
    }

    private void RemovePosting(uint term, int story)
    {
        var key = Stored(term);
        var slot = Find(_slots, key);
        var entry = _slots[slot];
        if (entry == 0)
        {
            return;
        }

        var value = (uint)entry;
        if (value < ListFlag)
        {
            if ((int)value == story)
            {
                Delete(slot);
            }

            return;
        }

        var place = (int)(value & ~ListFlag);
        ref var many = ref CollectionsMarshal.AsSpan(_lists)[place];
        var count = many![0];
        var at = many.AsSpan(1, count).IndexOf(story);
        if (at < 0)
        {
            return;
        }

        // Order does not matter: the last one takes its place.
        many[at + 1] = many[count];
        many[0] = --count;
        if (count == 1)
        {
            _slots[slot] = ((ulong)key << 32) | (uint)many[1];
            many = null;
            _freeLists.Push(place);
        }
        else if ((count + 1) * 4 < many.Length && many.Length > 4)
        {
            Array.Resize(ref many, Math.Max(4, (count + 1) * 2));
        }
    }

    private int Keep(int[] list)
    {
        if (_freeLists.TryPop(out var place))
        {
            _lists[place] = list;
            return place;
        }

        _lists.Add(list);
        return _lists.Count - 1;
    }

    /// <summary>Empties the slot and moves back the entries after it that probed past it (no tombstones).</summary>
    private void Delete(int slot)
    {
        var length = _slots.Length;
        var next = slot;
        while (true)
        {
            next = next + 1 == length ? 0 : next + 1;
            if (_slots[next] == 0)
            {
                break;
            }

            // The entry at next may move to the hole if the hole is on its probe path, from its home to next.
            var home = Home((uint)(_slots[next] >> 32), length);
            var onPath = slot <= next ? home <= slot || home > next : home <= slot && home > next;
            if (onPath)
            {
                _slots[slot] = _slots[next];
                slot = next;
            }
        }

        _slots[slot] = 0;
        Count--;
        if (Count * 8L < length && length > InitialCapacity)
        {
            Resize(Math.Max(InitialCapacity, Count * 2));
        }
    }

    private void Resize(int capacity)
    {
        var slots = new ulong[capacity];
        foreach (var entry in _slots)
        {
            if (entry != 0)
            {
                slots[Find(slots, (uint)(entry >> 32))] = entry;
            }
        }

        _slots = slots;
    }
}
