using NewsBot.Core.Analysis;
using NewsBot.Core.Subscriptions;
using NewsBot.Core.Text;

namespace NewsBot.Core.Alerts;

/// <summary>
/// Builds the platform-neutral alert for a story's articles that matched a subscription: the first
/// article's title, link and summary, the key figures of all its articles (the same figure reported
/// twice is one figure with both sources; different figures for the same thing stay side by side)
/// and the sources they cite, most cited first.
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
        var merged = new List<(string Key, AlertFigure Figure, int Order)>();
        var order = 0;
        foreach (var figure in story.SelectMany(a => a.Analysis.Figures))
        {
            var key = FigureKey(figure.Value, figure.What);
            var index = merged.FindIndex(m => m.Key == key);
            var sources = figure.Source is null ? [] : new[] { figure.Source };
            if (index < 0)
            {
                merged.Add((key, new AlertFigure { Text = figure.Text, What = figure.What, Qualifier = figure.Qualifier, Sources = sources }, order++));
            }
            else
            {
                var existing = merged[index].Figure;
                merged[index] = (key, existing with { Sources = existing.Sources.Union(sources, StringComparer.OrdinalIgnoreCase).ToList() }, merged[index].Order);
            }
        }

        // Figures several sources report, then attributed ones, then the rest, each in reading order.
        return merged
            .OrderByDescending(m => m.Figure.Sources.Count)
            .ThenBy(m => m.Order)
            .Take(MaxFigures)
            .Select(m => m.Figure)
            .ToList();
    }

    // Same value and the same counted thing (its first word, folded and without a plural "s") is the same figure.
    private static string FigureKey(double value, string what)
    {
        var head = TextFolding.Fold(what).Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        return FormattableString.Invariant($"{value}|{head.TrimEnd('s', 'x')}");
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
