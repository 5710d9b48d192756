using System.Globalization;
using NewsBot.Core.Alerts;
using NewsBot.Core.Commands;
using NewsBot.Core.Subscriptions;

namespace NewsBot.Core.Digests;

/// <summary>One message for a digest: the window's stories, newest first, and their leading figures.</summary>
internal static class DigestComposer
{
    private const int MaxStories = 10;
    private const int MaxFigures = 5;

    public static Alert Compose(Subscription subscription, IReadOnlyList<StoryView> stories, DateTimeOffset windowEnd, TimeZoneInfo zone)
    {
        var day = TimeZoneInfo.ConvertTime(windowEnd, zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var shown = stories.Take(MaxStories).ToList();
        var lines = shown.Select(s => s.ArticleCount > 1 ? $"• {s.Title} ({s.ArticleCount} articles)." : $"• {s.Title}.");
        var more = stories.Count > shown.Count ? $" …and {stories.Count - shown.Count} more." : string.Empty;
        return new Alert
        {
            Topic = subscription.Query,
            Title = $"Digest {day}: {stories.Count} {(stories.Count == 1 ? "story" : "stories")} on {subscription.Query}",
            Summary = string.Join(' ', lines) + more,
            Figures = shown
                .SelectMany(s => s.Figures)
                .OrderByDescending(f => f.ReportedAt)
                .Take(MaxFigures)
                .Select(f => new AlertFigure
                {
                    Text = f.Figure.Text,
                    What = f.Figure.What,
                    Qualifier = f.Figure.Qualifier,
                    Sources = f.Figure.Source is null ? [] : [f.Figure.Source],
                })
                .ToList(),
            Sources = shown.SelectMany(s => s.Sources).Select(s => s.Name).Distinct(StringComparer.OrdinalIgnoreCase).Take(8).ToList(),
            FeedName = string.Join(", ", shown.SelectMany(s => s.FeedNames).Distinct(StringComparer.Ordinal)),
            ArticleCount = shown.Sum(s => s.ArticleCount),
        };
    }
}
