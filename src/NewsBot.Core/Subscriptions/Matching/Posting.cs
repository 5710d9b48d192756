namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>
/// One subscription listed under one key of its anchor clause, with what else to check before
/// evaluating it: two more keys the article must have and one it must not (sentinel keys
/// <see cref="TermDictionary.Always"/> and <see cref="TermDictionary.Never"/> when there are none).
/// Everything selection needs is in these 16 bytes, read in order along the key's list: with 100,000
/// subscriptions, anything kept per subscription elsewhere is a cache miss per posting.
/// </summary>
/// <param name="Entry">
/// The subscription's slot shifted left twice. Bit 1: these checks are the whole query, so passing them
/// is a match without evaluating it. Bit 0: the anchor clause has other keys, so the slot may come twice.
/// </param>
/// <param name="First">A key the article must have.</param>
/// <param name="Second">Another key the article must have.</param>
/// <param name="Excluded">A key the article must not have.</param>
internal readonly record struct Posting(int Entry, int First, int Second, int Excluded)
{
    public int Slot => Entry >> 2;

    public bool Exact => (Entry & 2) != 0;

    public bool Shared => (Entry & 1) != 0;

    public static int EntryOf(int slot, bool exact, bool shared) => (slot << 2) | (exact ? 2 : 0) | (shared ? 1 : 0);
}
