using NewsBot.Core.Analysis;

namespace NewsBot.Core.Alerts;

/// <summary>
/// What a delivery's alert is composed from: some of its story's articles, oldest first (see
/// <see cref="Delivery.StoryContentLoader"/>), and how many articles the story has in all.
/// </summary>
public sealed record StoryContent(IReadOnlyList<AnalyzedArticle> Articles, int ArticleCount)
{
    /// <summary>The story's articles, all of them.</summary>
    public StoryContent(IReadOnlyList<AnalyzedArticle> articles)
        : this(articles, (articles ?? throw new ArgumentNullException(nameof(articles))).Count)
    {
    }
}
