namespace NewsBot.Core.Analysis;

/// <summary>
/// What the pipeline asks of the analyzer. <see cref="ArticleAnalyzer"/> is the one the bot uses; the port
/// lets a host or a test put another in its place (one that fails on purpose, to prove that one article's
/// failure stops no other).
/// </summary>
public interface IArticleAnalyzer
{
    /// <summary>Reads the article. May throw on an input it cannot handle; the caller isolates that article.</summary>
    ArticleAnalysis Analyze(string title, string text);
}
