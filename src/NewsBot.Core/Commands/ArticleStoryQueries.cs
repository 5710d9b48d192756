using System.Globalization;
using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Stories;

namespace NewsBot.Core.Commands;

/// <summary>
/// Answers the chat's story queries from stored articles, their analyses and the stories they were
/// grouped into: a story's figures and sources are those of all its articles.
/// </summary>
public sealed class ArticleStoryQueries(IArticleStore articles, IArticleAnalysisStore analyses, IStoryStore stories, IArticleAnalyzer analyzer) : IStoryQueries
{
    public async Task<IReadOnlyList<StoryView>> ListRecentAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        var assignments = await stories.ListAssignmentsSinceAsync(since, cancellationToken).ConfigureAwait(false);
        var storyOf = assignments.ToDictionary(a => a.ArticleId, a => a.StoryId);
        var recent = await articles.ListRecentAsync(limit, cancellationToken).ConfigureAwait(false);
        var groups = recent
            .Where(a => a.FetchedAt >= since)
            .GroupBy(a => storyOf.TryGetValue(a.Id, out var story) ? story : -a.Id)
            .ToList();
        var views = new List<StoryView>(groups.Count);
        foreach (var group in groups)
        {
            var members = new List<AnalyzedArticle>();
            foreach (var article in group.OrderBy(a => a.FetchedAt).ThenBy(a => a.Id))
            {
                if (await AnalysisOfAsync(article, cancellationToken).ConfigureAwait(false) is { } analysis)
                {
                    members.Add(new AnalyzedArticle(article, analysis));
                }
            }

            if (members.Count > 0)
            {
                views.Add(ToView(group.Key, members));
            }
        }

        return views.OrderByDescending(v => v.UpdatedAt).ToList();
    }

    private static StoryView ToView(long id, List<AnalyzedArticle> members)
    {
        var lead = members[0];
        return new StoryView
        {
            Id = id,
            Title = lead.Article.Title,
            Link = lead.Article.Link,
            UpdatedAt = members.Max(m => m.Article.FetchedAt),
            ArticleCount = members.Count,
            Summary = lead.Analysis.Summary,
            Language = lead.Analysis.Language,
            Figures = members.SelectMany(m => m.Analysis.Figures.Select(f => new StoryFigure
            {
                Figure = f,
                ReportedBy = [m.Article.Link?.Host ?? m.Article.FeedName],
                ReportedAt = m.Article.Published?.Value ?? m.Article.FetchedAt,
                Link = m.Article.Link,
            })).ToList(),
            Sources = members.SelectMany(m => m.Analysis.Sources).DistinctBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ToList(),
            FeedNames = members.Select(m => m.Article.FeedName).Distinct(StringComparer.Ordinal).ToList(),
            Text = string.Join("\n\n", members.Select(m => m.Article.Title + "\n\n" + m.Article.Text)),
        };
    }

    public async Task<ArticleView?> FindArticleAsync(string urlOrId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(urlOrId);
        var article = long.TryParse(urlOrId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await articles.GetAsync(id, cancellationToken).ConfigureAwait(false)
            : await articles.FindByLinkAsync(urlOrId, cancellationToken).ConfigureAwait(false);
        if (article is null)
        {
            return null;
        }

        // Unreadable to the analyzer: still found, with what needs no analysis.
        var analysis = await AnalysisOfAsync(article, cancellationToken).ConfigureAwait(false) ?? ArticleAnalysis.Empty;
        return new ArticleView
        {
            Id = article.Id,
            Title = article.Title,
            Link = article.Link,
            Text = article.Text,
            TextDroppedAt = article.TextDroppedAt,
            Language = analysis.Language,
            FeedName = article.FeedName,
            Sources = analysis.Sources,
            Figures = analysis.Figures,
        };
    }

    // An article the pipeline could not analyze (recorded failed, see `newsbot failed`) is left out of the
    // answer: one bad article must not fail every query on its topic.
    private async Task<ArticleAnalysis?> AnalysisOfAsync(Article article, CancellationToken cancellationToken)
    {
        if (await analyses.GetAsync(article.Id, cancellationToken).ConfigureAwait(false) is { } stored)
        {
            return stored;
        }

        try
        {
            return analyzer.Analyze(article.Title, article.Text);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return null;
        }
    }
}
