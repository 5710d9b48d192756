namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>
/// One subscription listed under one key of its anchor clause, with its <see cref="PostingChecks"/>:
/// what else the article must have, or not have, before the subscription is evaluated (sentinel keys
/// <see cref="TermDictionary.Always"/> and <see cref="TermDictionary.Never"/> when there is nothing).
/// Everything selection needs is in these 16 bytes, read in order along the key's list: with 100,000
/// subscriptions, anything kept per subscription elsewhere is a cache miss per posting.
/// </summary>
/// <param name="Entry">
/// The subscription's slot shifted left four times. Bit 3: <see cref="PostingChecks.ThirdNeeded"/>.
/// Bit 2: <see cref="PostingChecks.Either"/>. Bit 1: the checks are the whole query, so passing them is
/// a match without evaluating it. Bit 0: the anchor clause has other keys, so the slot may come twice.
/// </param>
/// <param name="First">See <see cref="PostingChecks.First"/>.</param>
/// <param name="Second">See <see cref="PostingChecks.Second"/>.</param>
/// <param name="Third">See <see cref="PostingChecks.Third"/>.</param>
internal readonly record struct Posting(int Entry, int First, int Second, int Third)
{
    public Posting(int slot, bool exact, bool shared, PostingChecks checks)
        : this(
            (slot << 4) | (checks.ThirdNeeded ? 8 : 0) | (checks.Either ? 4 : 0) | (exact ? 2 : 0) | (shared ? 1 : 0),
            checks.First,
            checks.Second,
            checks.Third)
    {
    }

    public int Slot => Entry >> 4;

    public bool Exact => (Entry & 2) != 0;

    public bool Shared => (Entry & 1) != 0;

    /// <summary>1 when the article's presence bits pass the checks, else 0; without a branch, since most postings fail in no predictable order.</summary>
    public ulong Passes(ReadOnlySpan<ulong> present)
    {
        var first = present[First >> 6] >> First;
        var second = present[Second >> 6] >> Second;
        var third = present[Third >> 6] >> Third;
        var either = (ulong)(Entry >> 2);
        var thirdAbsent = (ulong)(~Entry >> 3);
        return ((first & second) | (either & (first | second))) & (third ^ thirdAbsent) & 1;
    }
}
