using System.Runtime.InteropServices;

namespace NewsBot.Core.Stories;

/// <summary>
/// Open stories by their heaviest terms (names, places, figures, rare words), so an article is scored
/// only against the stories it shares such a term with, however many are open. An open-addressed table of
/// 8-byte slots, a term's hash and its story's slot in <see cref="StoryTable"/>: most head terms are one
/// story's own names and figures, so a term holds its story without a list. A term of two to
/// <see cref="SmallSet"/> stories holds a block of that many slots in pages of blocks (no object of its own:
/// at a large deployment's rate there are hundreds of thousands of them); a term of more, a list.
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

    /// <summary>Stories a term's block holds before the term gets a list.</summary>
    public const int SmallSet = 4;

    private const int InitialCapacity = 1 << 10;

    // The low half of a slot is a story's slot; or ListFlag and SmallFlag and the number of a block of SmallSet
    // stories' slots (-1: none); or ListFlag alone and the place of a list in _lists.
    private const uint ListFlag = 0x8000_0000;
    private const uint SmallFlag = 0x4000_0000;

    // Blocks a page holds: a page of SmallSet ints a block stays under the large object heap's threshold.
    private const int BlockShift = 12;

    // A slot: the term's hash in the high half (0: empty), the story or list in the low half.
    private ulong[] _slots = new ulong[InitialCapacity];

    // A list: its count in [0], the stories' slots after it.
    private readonly List<int[]?> _lists = [];
    private readonly Stack<int> _freeLists = new();
    private readonly List<int[]> _blockPages = [];
    private readonly Stack<int> _freeBlocks = new();
    private int _blocksUsed;
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
    public long Bytes =>
        (_slots.Length * 8L) + (_lists.Count * 8L) + _lists.Sum(l => l is null ? 0L : 24L + (4L * l.Length)) +
        (_blockPages.Count * (24L + (4L * SmallSet << BlockShift)));

    /// <summary>Terms held by more than one story: those with a block or a list.</summary>
    public int Shared => _lists.Count - _freeLists.Count + _blocksUsed - _freeBlocks.Count;

    /// <summary>How many stories are indexed under <paramref name="term"/>.</summary>
    public int PostingCount(uint term) => Postings(term).Length;

    /// <summary>The stories indexed under <paramref name="term"/>, in no order.</summary>
    public int[] Postings(uint term)
    {
        var entry = _slots[HashSlots.Find(_slots, HashSlots.Key(term))];
        if (entry == 0)
        {
            return [];
        }

        var value = (uint)entry;
        if (value < ListFlag)
        {
            return [(int)value];
        }

        if ((value & SmallFlag) != 0)
        {
            return Block(value).ToArray().Where(story => story >= 0).ToArray();
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
            var entry = _slots[HashSlots.Find(_slots, HashSlots.Key(term.Hash))];
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

            if ((value & SmallFlag) != 0)
            {
                foreach (var story in Block(value))
                {
                    if (story >= 0)
                    {
                        Found(story, term.Scratch, serial);
                    }
                }

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

    private void AddPosting(uint term, int story)
    {
        if ((Count + 1) * 4L > _slots.Length * 3L)
        {
            Resize(_slots.Length + (_slots.Length / 2));
        }

        var key = HashSlots.Key(term);
        var slot = HashSlots.Find(_slots, key);
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

            var number = NewBlock(out var block);
            (block[0], block[1]) = ((int)value, story);
            _slots[slot] = ((ulong)key << 32) | ListFlag | SmallFlag | (uint)number;
            return;
        }

        if ((value & SmallFlag) != 0)
        {
            var block = Block(value);
            if (block.Contains(story))
            {
                return;
            }

            var free = block.IndexOf(-1);
            if (free >= 0)
            {
                block[free] = story;
                return;
            }

            // A fifth story: the term gets a list.
            var grown = new int[SmallSet * 2];
            grown[0] = SmallSet + 1;
            block.CopyTo(grown.AsSpan(1));
            grown[SmallSet + 1] = story;
            FreeBlock(value);
            _slots[slot] = ((ulong)key << 32) | ListFlag | (uint)Keep(grown);
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
        var key = HashSlots.Key(term);
        var slot = HashSlots.Find(_slots, key);
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

        if ((value & SmallFlag) != 0)
        {
            var block = Block(value);
            var at = block.IndexOf(story);
            if (at < 0)
            {
                return;
            }

            block[at] = -1;
            if (block.Count(-1) == SmallSet - 1)
            {
                // One story left: the term holds it without a block.
                var last = block[block.IndexOfAnyExcept(-1)];
                FreeBlock(value);
                _slots[slot] = ((ulong)key << 32) | (uint)last;
            }

            return;
        }

        var place = (int)(value & ~ListFlag);
        ref var many = ref CollectionsMarshal.AsSpan(_lists)[place];
        var count = many![0];
        var index = many.AsSpan(1, count).IndexOf(story);
        if (index < 0)
        {
            return;
        }

        // Order does not matter: the last one takes its place.
        many[index + 1] = many[count];
        many[0] = --count;
        if (count == SmallSet)
        {
            var number = NewBlock(out var block);
            many.AsSpan(1, SmallSet).CopyTo(block);
            many = null;
            _freeLists.Push(place);
            _slots[slot] = ((ulong)key << 32) | ListFlag | SmallFlag | (uint)number;
        }
        else if ((count + 1) * 4 < many.Length && many.Length > SmallSet * 2)
        {
            Array.Resize(ref many, Math.Max(SmallSet * 2, (count + 1) * 2));
        }
    }

    /// <summary>The block of a term's slot value, a span of <see cref="SmallSet"/> stories' slots, -1 where there is none.</summary>
    private Span<int> Block(uint value)
    {
        var number = (int)(value & ~(ListFlag | SmallFlag));
        return _blockPages[number >> BlockShift].AsSpan((number & ((1 << BlockShift) - 1)) * SmallSet, SmallSet);
    }

    private int NewBlock(out Span<int> block)
    {
        if (!_freeBlocks.TryPop(out var number))
        {
            number = _blocksUsed++;
            if (number >> BlockShift == _blockPages.Count)
            {
                _blockPages.Add(new int[SmallSet << BlockShift]);
            }
        }

        block = Block(ListFlag | SmallFlag | (uint)number);
        block.Fill(-1);
        return number;
    }

    private void FreeBlock(uint value) => _freeBlocks.Push((int)(value & ~(ListFlag | SmallFlag)));

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
            var home = HashSlots.Home(HashSlots.KeyOf(_slots[next]), length);
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
                slots[HashSlots.Find(slots, HashSlots.KeyOf(entry))] = entry;
            }
        }

        _slots = slots;
    }
}
