using NewsBot.Core.Articles;

namespace NewsBot.Core.Analysis;

/// <summary>A stored article with what the analyzer understood of it.</summary>
public sealed record AnalyzedArticle(Article Article, ArticleAnalysis Analysis);
