namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>
/// One subscription listed under one key of its anchor clause, with what else to check before
/// evaluating it: two more keys the article must have and one it must not (sentinel keys
/// <see cref="TermDictionary.Always"/> and <see cref="TermDictionary.Never"/> when there are none).
/// Everything selection needs is in these 16 bytes, read in order along the key's list: with 100,000
/// subscriptions, anything kept per subscription elsewhere is a cache miss per posting.
/// </summary>
/// <param name="Entry">The subscription's slot, shifted left once; the low bit says the anchor clause has other keys, so the slot may come twice.</param>
/// <param name="First">A key the article must have.</param>
/// <param name="Second">Another key the article must have.</param>
/// <param name="Excluded">A key the article must not have.</param>
internal readonly record struct Posting(int Entry, int First, int Second, int Excluded)
{
    public int Slot => Entry >> 1;

    public bool Shared => (Entry & 1) != 0;
}
