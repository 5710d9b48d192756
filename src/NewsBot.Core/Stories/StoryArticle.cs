using NewsBot.Core.Analysis;

namespace NewsBot.Core.Stories;

/// <summary>A new article with its analysis and the stored story it joined (null before stories are tracked).</summary>
public sealed record StoryArticle(AnalyzedArticle Article, long? StoryId);
