namespace NewsBot.Core.Stories;

/// <summary>
/// How many articles of the last <see cref="Days"/> days have each term, kept by the term's 64-bit hash
/// in an open-addressed table: 16 bytes a slot, four day counts each, no key and no object. A term
/// leaves once no day of the window counts it, so the table is as large as the window's vocabulary.
/// </summary>
/// <remarks>
/// The news's words have a long tail: 165 real articles already brought 10,400 distinct terms, and at the
/// rate of thousands of feeds the window's vocabulary runs into the hundreds of thousands, most of them
/// seen once. Keeping each as an object with its key and day counts cost ~230 bytes a term, more than the
/// open stories themselves. Two distinct terms share a 64-bit hash about once in 10^7 windows of a million
/// terms; they would then share a count, which only makes a rare term look a little more common.
/// </remarks>
internal sealed class TermFrequencies
{
    /// <summary>Days counted: the window's three and the current one.</summary>
    public const int Days = 4;

    private const int InitialCapacity = 1 << 10;

    // Slot i holds _hashes[i] (0: empty) and its day counts at _counts[i * Days + day % Days].
    private ulong[] _hashes = new ulong[InitialCapacity];
    private ushort[] _counts = new ushort[InitialCapacity * Days];
    private readonly int[] _slotDay = [int.MinValue, int.MinValue, int.MinValue, int.MinValue];
    private int _day = int.MinValue;

    /// <summary>Terms some day of the window counts.</summary>
    public int Count { get; private set; }

    /// <summary>Slots of the table: twice <see cref="Count"/> at most, once that is past the first size.</summary>
    public int Capacity => _hashes.Length;

    /// <summary>Counts one more article with the term on <paramref name="day"/>; a day the window has left is not counted.</summary>
    public void Add(ulong hash, int day)
    {
        Advance(day);
        var daySlot = day % Days;
        if (_slotDay[daySlot] != day)
        {
            return;
        }

        if ((Count + 1) * 2 > _hashes.Length)
        {
            Resize(_hashes.Length * 2);
        }

        hash = Stored(hash);
        var slot = Find(_hashes, hash);
        if (_hashes[slot] == 0)
        {
            _hashes[slot] = hash;
            Count++;
        }

        ref var count = ref _counts[(slot * Days) + daySlot];
        if (count < ushort.MaxValue)
        {
            count++;
        }
    }

    /// <summary>Articles of <paramref name="day"/> and the <see cref="Days"/> - 1 before it with the term.</summary>
    public int Frequency(ulong hash, int day)
    {
        hash = Stored(hash);
        var slot = Find(_hashes, hash);
        if (_hashes[slot] == 0)
        {
            return 0;
        }

        var sum = 0;
        for (var daySlot = 0; daySlot < Days; daySlot++)
        {
            var slotDay = _slotDay[daySlot];
            if (slotDay > day - Days && slotDay <= day)
            {
                sum += _counts[(slot * Days) + daySlot];
            }
        }

        return sum;
    }

    // 0 marks an empty slot.
    private static ulong Stored(ulong hash) => hash == 0 ? 1 : hash;

    private static int Find(ulong[] hashes, ulong hash)
    {
        var mask = hashes.Length - 1;
        var slot = (int)hash & mask;
        while (hashes[slot] != 0 && hashes[slot] != hash)
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }

    /// <summary>A new day takes the place of the one that left the window; terms no day counts any more go.</summary>
    private void Advance(int day)
    {
        if (day <= _day)
        {
            return;
        }

        _day = day;
        var daySlot = day % Days;
        if (_slotDay[daySlot] == day)
        {
            return;
        }

        _slotDay[daySlot] = day;
        for (var slot = 0; slot < Days; slot++)
        {
            if (_slotDay[slot] <= day - Days)
            {
                _slotDay[slot] = int.MinValue;
            }
        }

        // One pass clears the days that left and counts the terms some day still counts, to size the table.
        var held = 0;
        for (var i = 0; i < _hashes.Length; i++)
        {
            var days = _counts.AsSpan(i * Days, Days);
            for (var slot = 0; slot < Days; slot++)
            {
                if (_slotDay[slot] == int.MinValue || slot == daySlot)
                {
                    days[slot] = 0;
                }
            }

            held += _hashes[i] != 0 && days.ContainsAnyExcept((ushort)0) ? 1 : 0;
        }

        var capacity = InitialCapacity;
        while (capacity < held * 2)
        {
            capacity *= 2;
        }

        Resize(capacity);
    }

    /// <summary>Moves every term some day counts to a table of <paramref name="capacity"/> slots.</summary>
    private void Resize(int capacity)
    {
        var (hashes, counts) = (new ulong[capacity], new ushort[capacity * Days]);
        var count = 0;
        for (var i = 0; i < _hashes.Length; i++)
        {
            var days = _counts.AsSpan(i * Days, Days);
            if (_hashes[i] == 0 || !days.ContainsAnyExcept((ushort)0))
            {
                continue;
            }

            var slot = Find(hashes, _hashes[i]);
            hashes[slot] = _hashes[i];
            days.CopyTo(counts.AsSpan(slot * Days));
            count++;
        }

        (_hashes, _counts, Count) = (hashes, counts, count);
    }
}
