namespace NewsBot.Core.Stories;

/// <summary>
/// Open addressing over <c>ulong</c> slots whose high half is a term's 32-bit hash and whose low half is the table's
/// own value, 0 marking an empty slot; linear probing from the hash's home. Shared by <see cref="StoryIndex"/> and
/// <see cref="TermFrequencies"/>.
/// </summary>
internal static class HashSlots
{
    /// <summary>The key a hash is stored under: 0 marks an empty slot, so hash 0 is kept as 1.</summary>
    public static uint Key(uint hash) => hash == 0 ? 1 : hash;

    /// <summary>The key held by an occupied slot.</summary>
    public static uint KeyOf(ulong slot) => (uint)(slot >> 32);

    /// <summary>
    /// Where probing for <paramref name="key"/> starts. The hashes are well mixed: their product with the size
    /// spreads them over any size, not only powers of two.
    /// </summary>
    public static int Home(uint key, int length) => (int)(((ulong)key * (ulong)length) >> 32);

    /// <summary>The slot holding <paramref name="key"/>, or the empty slot where it would go.</summary>
    public static int Find(ulong[] slots, uint key)
    {
        var slot = Home(key, slots.Length);
        while (slots[slot] != 0 && KeyOf(slots[slot]) != key)
        {
            slot = slot + 1 == slots.Length ? 0 : slot + 1;
        }

        return slot;
    }
}
