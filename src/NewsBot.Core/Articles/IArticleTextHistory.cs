namespace NewsBot.Core.Articles;

/// <summary>
/// The texts of articles read long ago: the store's side of
/// <see cref="Pipeline.IngestionOptions.KeepArticleTextDays"/>.
/// </summary>
public interface IArticleTextHistory
{
    /// <summary>
    /// Empties the text of up to <paramref name="limit"/> articles fetched before <paramref name="before"/>, recording
    /// <paramref name="now"/> as when; returns how many. The
    /// rows stay (their links, GUIDs and content hashes keep an item still in its feed from coming back as new), and
    /// so do their titles and analyses. An article the pipeline has not finished with (due, or failed and waiting
    /// for `newsbot failed --retry`) or has no stored analysis of keeps its text.
    /// </summary>
    Task<int> DropOldTextsAsync(DateTimeOffset before, DateTimeOffset now, int limit, CancellationToken cancellationToken);
}
