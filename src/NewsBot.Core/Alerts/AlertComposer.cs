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

    public static Alert Compose(IReadOnlyList<AnalyzedArticle> story, Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentOutOfRangeException.ThrowIfZero(story.Count);
        var lead = story[0];
        return new Alert
        {
            Topic = subscription.Query,
            Title = lead.Article.Title,
            Link = lead.Article.Link,
            Summary = lead.Analysis.Summary,
            Figures = MergeFigures(story),
            Sources = RankSources(story),
            FeedName = lead.Article.FeedName,
            Published = lead.Article.Published?.ToString(),
            ArticleCount = story.Count,
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
        var counts = story
            .SelectMany(a => a.Analysis.Sources.Select(s => s.Name))
            .GroupBy(TextFolding.Fold)
            .Select(g => (Name: g.First(), Count: g.Count()))
            .ToList();

        // "Frolova" after "Alina Frolova" is the same person named again.
        var ranked = counts.OrderByDescending(c => c.Count).ThenByDescending(c => c.Name.Length).Select(c => c.Name).ToList();
        var kept = new List<string>();
        foreach (var name in ranked)
        {
            var folded = TextFolding.Fold(name);
            if (!kept.Any(k => TextFolding.Fold(k).Contains(folded, StringComparison.Ordinal)))
            {
                kept.Add(name);
            }
        }

        return kept.Take(MaxSources).ToList();
    }
}
