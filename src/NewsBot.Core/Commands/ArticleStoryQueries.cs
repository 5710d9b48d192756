using System.Globalization;
using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Commands;

/// <summary>
/// Answers the chat's story queries from stored articles and their analyses, one story per article.
/// Stories that group several outlets' articles replace this once they are stored.
/// </summary>
public sealed class ArticleStoryQueries(IArticleStore articles, IArticleAnalysisStore analyses, ArticleAnalyzer analyzer) : IStoryQueries
{
    public async Task<IReadOnlyList<StoryView>> ListRecentAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        var recent = await articles.ListRecentAsync(limit, cancellationToken).ConfigureAwait(false);
        var stories = new List<StoryView>(recent.Count);
        foreach (var article in recent.Where(a => a.FetchedAt >= since))
        {
            var analysis = await AnalysisOfAsync(article, cancellationToken).ConfigureAwait(false);
            var reporter = article.Link?.Host ?? article.FeedName;
            var reportedAt = article.Published?.Value ?? article.FetchedAt;
            stories.Add(new StoryView
            {
                Id = article.Id,
                Title = article.Title,
                Link = article.Link,
                UpdatedAt = article.FetchedAt,
                ArticleCount = 1,
                Summary = analysis.Summary,
                Language = analysis.Language,
                Figures = analysis.Figures.Select(f => new StoryFigure { Figure = f, ReportedBy = [reporter], ReportedAt = reportedAt, Link = article.Link }).ToList(),
                Sources = analysis.Sources,
                FeedNames = [article.FeedName],
                Text = article.Title + "\n\n" + article.Text,
            });
        }

        return stories;
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

        var analysis = await AnalysisOfAsync(article, cancellationToken).ConfigureAwait(false);
        return new ArticleView
        {
            Id = article.Id,
            Title = article.Title,
            Link = article.Link,
            Text = article.Text,
            Language = analysis.Language,
            FeedName = article.FeedName,
            Sources = analysis.Sources,
            Figures = analysis.Figures,
        };
    }

    private async Task<ArticleAnalysis> AnalysisOfAsync(Article article, CancellationToken cancellationToken) =>
        await analyses.GetAsync(article.Id, cancellationToken).ConfigureAwait(false) ?? analyzer.Analyze(article.Title, article.Text);
}
