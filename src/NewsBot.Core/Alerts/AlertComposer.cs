using NewsBot.Core.Analysis;
using NewsBot.Core.Stories;
using NewsBot.Core.Subscriptions;
using NewsBot.Core.Text;

namespace NewsBot.Core.Alerts;

/// <summary>
/// Builds the platform-neutral alert for a story's articles that matched a subscription: the first
/// article's title, link and summary, the key figures of all its articles as the story unites them
/// (the same figure reported twice is one figure with both sources; different figures for the same
/// thing stay side by side) and the sources they cite, most cited first.
/// </summary>
public static class AlertComposer
{
    private const int MaxFigures = 8;
    private const int MaxSources = 8;

    public static Alert Compose(IReadOnlyList<AnalyzedArticle> story, Subscription subscription) => Compose(new StoryContent(story), subscription);

    /// <summary>The alert for <paramref name="story"/>, with its count of articles however many of them were loaded.</summary>
    public static Alert Compose(StoryContent story, Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentOutOfRangeException.ThrowIfZero(story.Articles.Count);
        var lead = story.Articles[0];
        return new Alert
        {
            Topic = subscription.Query,
            Title = lead.Article.Title,
            Link = lead.Article.Link,
            Summary = lead.Analysis.Summary,
            Figures = MergeFigures(story.Articles),
            Sources = RankSources(story.Articles),
            FeedName = lead.Article.FeedName,
            Published = lead.Article.Published?.ToString(),
            ArticleCount = story.ArticleCount,
        };
    }

    public static Alert Compose(AnalyzedArticle article, Subscription subscription) => Compose([article], subscription);

    private static List<AlertFigure> MergeFigures(IReadOnlyList<AnalyzedArticle> story)
    {
        var union = new FigureUnion();
        foreach (var (article, analysis) in story)
        {
            union.Add(article.Id, analysis.Figures, analysis.Language);
        }

        // Figures several sources report first, then the rest, each in reading order (the sort is stable).
        return union.Figures
            .OrderByDescending(f => f.Sources.Count)
            .Take(MaxFigures)
            .Select(f => new AlertFigure { Text = f.Text, What = f.What, Qualifier = f.Qualifier, Sources = f.Sources })
            .ToList();
    }

    private static List<string> RankSources(IReadOnlyList<AnalyzedArticle> story)
    {
        // Each name folded once: a story of many articles cites the same few sources again and again.
        var counts = new Dictionary<string, (string Name, int Count)>(StringComparer.Ordinal);
        foreach (var (_, analysis) in story)
        {
            foreach (var source in analysis.Sources)
            {
                var folded = TextFolding.Fold(source.Name);
                counts[folded] = counts.TryGetValue(folded, out var seen) ? (seen.Name, seen.Count + 1) : (source.Name, 1);
            }
        }

        // "Frolova" after "Alina Frolova" is the same person named again.
        var ranked = counts
            .Select(c => (Folded: c.Key, c.Value.Name, c.Value.Count))
            .OrderByDescending(c => c.Count)
            .ThenByDescending(c => c.Name.Length);
        var kept = new List<(string Folded, string Name)>();
        foreach (var (folded, name, _) in ranked)
        {
            if (!kept.Any(k => k.Folded.Contains(folded, StringComparison.Ordinal)))
            {
                kept.Add((folded, name));
                if (kept.Count == MaxSources)
                {
                    break;
                }
            }
        }

        return kept.Select(k => k.Name).ToList();
    }
}
