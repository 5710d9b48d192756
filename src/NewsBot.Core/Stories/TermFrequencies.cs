using System.Runtime.InteropServices;

namespace NewsBot.Core.Stories;

/// <summary>
/// How many articles of the last <see cref="Days"/> days have each term, kept by the term's 32-bit hash in an
/// open-addressed table of 8-byte slots: the hash and a byte a day. The few terms more than
/// <see cref="ByteLimit"/> articles of one day have (the language's common words) keep their exact counts in a
/// side table. A term leaves once no day of the window counts it, so the table is as large as the window's
/// vocabulary.
/// </summary>
/// <remarks>
/// The news's words have a long tail: 165 real articles already brought 10,400 distinct terms, and at the
/// rate of thousands of feeds the window's vocabulary passes a million and a half, most of them seen once
/// (the stories bench's soak, 100,000 articles a day). At 16 bytes a slot and a table at most half full that
/// cost 32–64 bytes a term; now 8 bytes, the table 3/5 to 3/4 full. Two terms of a million share a 32-bit hash a few
/// hundred times a window; they then share a count, which only makes a rare term look a little more common.
/// The hashes are seeded per process (<see cref="TermVocabulary"/>), so a feed cannot choose such pairs.
/// </remarks>
internal sealed class TermFrequencies
{
    /// <summary>Days counted: the window's three and the current one.</summary>
    public const int Days = 4;

    /// <summary>A day's count that no longer fits its byte: the exact count is in the side table from here on.</summary>
    public const int ByteLimit = byte.MaxValue;

    private const int InitialCapacity = 1 << 10;

    // A slot: the term's hash in the high half (0: empty) and one byte a day slot (day % Days) in the low half.
    private ulong[] _slots = new ulong[InitialCapacity];
    private readonly Dictionary<uint, int[]> _large = [];
    private readonly int[] _slotDay = [int.MinValue, int.MinValue, int.MinValue, int.MinValue];
    private int _day = int.MinValue;

    /// <summary>Terms some day of the window counts.</summary>
    public int Count { get; private set; }

    /// <summary>Slots of the table: 5/3 of <see cref="Count"/> after a day's sweep; grown by half whenever 3/4 full.</summary>
    public int Capacity => _slots.Length;

    /// <summary>Bytes of the table, the side table's few entries left out (the stories bench prints it).</summary>
    public long Bytes => _slots.Length * 8L;

    /// <summary>Terms whose count of one day passed <see cref="ByteLimit"/>.</summary>
    public int Large => _large.Count;

    /// <summary>Counts one more article with the term on <paramref name="day"/>; a day the window has left is not counted.</summary>
    public void Add(uint hash, int day)
    {
        Advance(day);
        var daySlot = day % Days;
        if (_slotDay[daySlot] != day)
        {
            return;
        }

        if ((Count + 1) * 4L > _slots.Length * 3L)
        {
            // By half again rather than double: a day adds about half the window's vocabulary.
            Resize(_slots.Length + (_slots.Length / 2));
        }

        var key = HashSlots.Key(hash);
        var slot = HashSlots.Find(_slots, key);
        if (_slots[slot] == 0)
        {
            _slots[slot] = (ulong)key << 32;
            Count++;
        }

        var shift = daySlot * 8;
        var count = (int)(_slots[slot] >> shift) & 0xFF;
        if (count < ByteLimit - 1)
        {
            _slots[slot] += 1UL << shift;
            return;
        }

        ref var exact = ref CollectionsMarshal.GetValueRefOrAddDefault(_large, key, out var exists);
        if (!exists)
        {
            // No other day of this term is at the limit: it would have made the entry already.
            exact = new int[Days];
            for (var d = 0; d < Days; d++)
            {
                exact[d] = (int)(_slots[slot] >> (d * 8)) & 0xFF;
            }
        }

        if (count == ByteLimit - 1)
        {
            // The day's byte becomes the mark; its count moves to the side table (whose entry may be another day's).
            _slots[slot] += 1UL << shift;
            exact![daySlot] = ByteLimit;
            return;
        }

        exact![daySlot] = exact[daySlot] == int.MaxValue ? int.MaxValue : exact[daySlot] + 1;
    }

    /// <summary>Articles of <paramref name="day"/> and the <see cref="Days"/> - 1 before it with the term.</summary>
    public int Frequency(uint hash, int day)
    {
        var key = HashSlots.Key(hash);
        var entry = _slots[HashSlots.Find(_slots, key)];
        if (entry == 0)
        {
            return 0;
        }

        long sum = 0;
        for (var daySlot = 0; daySlot < Days; daySlot++)
        {
            var slotDay = _slotDay[daySlot];
            if (slotDay > day - Days && slotDay <= day)
            {
                var count = (int)(entry >> (daySlot * 8)) & 0xFF;
                sum += count == ByteLimit ? _large[key][daySlot] : count;
            }
        }

        return (int)Math.Min(sum, int.MaxValue);
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
        var cleared = 0UL;
        for (var slot = 0; slot < Days; slot++)
        {
            if (_slotDay[slot] <= day - Days)
            {
                _slotDay[slot] = int.MinValue;
            }

            if (_slotDay[slot] == int.MinValue || slot == daySlot)
            {
                cleared |= 0xFFUL << (slot * 8);
            }
        }

        // One pass clears the days that left and counts the terms some day still counts, to size the table.
        var held = 0;
        for (var i = 0; i < _slots.Length; i++)
        {
            if (_slots[i] != 0)
            {
                _slots[i] &= ~cleared;
                held += (uint)_slots[i] != 0 ? 1 : 0;
            }
        }

        ClearLarge(cleared);
        Resize((int)Math.Max(InitialCapacity, held * 5L / 3 + 1));
    }

    /// <summary>Forgets the exact counts of the cleared days; a term none of whose days is at the limit leaves the side table.</summary>
    private void ClearLarge(ulong cleared)
    {
        List<uint>? gone = null;
        foreach (var (key, exact) in _large)
        {
            var atLimit = false;
            for (var d = 0; d < Days; d++)
            {
                if ((cleared >> (d * 8) & 0xFF) != 0)
                {
                    exact[d] = 0;
                }

                atLimit |= exact[d] >= ByteLimit;
            }

            if (!atLimit)
            {
                (gone ??= []).Add(key);
            }
        }

        foreach (var key in gone ?? [])
        {
            _large.Remove(key);
        }
    }

    /// <summary>Moves every term some day counts to a table of <paramref name="capacity"/> slots.</summary>
    private void Resize(int capacity)
    {
        var slots = new ulong[capacity];
        var count = 0;
        foreach (var entry in _slots)
        {
            if ((uint)entry == 0)
            {
                continue;
            }

            slots[HashSlots.Find(slots, HashSlots.KeyOf(entry))] = entry;
            count++;
        }

        (_slots, Count) = (slots, count);
    }
}
