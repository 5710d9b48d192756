namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>
/// What a <see cref="Posting"/> checks in the article's presence bits besides its anchor: three keys, of
/// which the first two are both needed, or either one of them (an OR of two words), and the third is
/// needed or must be absent (a NOT).
/// </summary>
/// <param name="First">A key the article must have (with <paramref name="Either"/>, this or <paramref name="Second"/>).</param>
/// <param name="Second">Another.</param>
/// <param name="Third">A key the article must have when <paramref name="ThirdNeeded"/>; else must not have.</param>
/// <param name="Either">One of <paramref name="First"/> and <paramref name="Second"/> is enough.</param>
/// <param name="ThirdNeeded">Whether <paramref name="Third"/> is needed rather than excluded.</param>
internal readonly record struct PostingChecks(int First, int Second, int Third, bool Either, bool ThirdNeeded)
{
    /// <summary>Checks that every article passes.</summary>
    public static PostingChecks None => new(TermDictionary.Always, TermDictionary.Always, TermDictionary.Never, Either: false, ThirdNeeded: false);
}
