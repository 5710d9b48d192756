namespace NewsBot.Core.Analysis;

/// <summary>Keeps each article's analysis, so alerts and chat queries need not analyze again.</summary>
public interface IArticleAnalysisStore
{
    /// <summary>Stores (or replaces) the analysis of an article. <see cref="ArticleAnalysis.Sentences"/> is not kept.</summary>
    Task SaveAsync(long articleId, ArticleAnalysis analysis, CancellationToken cancellationToken);

    /// <summary>The stored analysis, with no sentences, or null if the article was never analyzed.</summary>
    Task<ArticleAnalysis?> GetAsync(long articleId, CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="GetAsync"/> for a few articles in one read: the stored analyses by article id; an article never
    /// analyzed has none.
    /// </summary>
    Task<IReadOnlyDictionary<long, ArticleAnalysis>> GetManyAsync(IReadOnlyCollection<long> articleIds, CancellationToken cancellationToken);
}
