using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Text;

namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>One article as the compiled queries see it. The full analysis (sources, figures) is only run if a filter asks for it.</summary>
internal sealed class MatchContext(Article article, ArticleText text, DocumentTerms terms, ArticleAnalyzer analyzer, ArticleAnalysis? analysis)
{
    private ArticleAnalysis? _analysis = analysis;
    private string? _language = analysis?.Language;

    public Article Article { get; } = article;

    public ArticleText Text { get; } = text;

    public DocumentTerms Terms { get; } = terms;

    public string Language => _language ??= Terms.Language.Code;

    public ArticleAnalysis Analysis => _analysis ??= analyzer.Analyze(Article.Title, Article.Text);

    /// <summary>The article text of tokens <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    public string Slice(int first, int last) => Text.Slice(first, last + 1);

    public static ArticleText Read(Article article) => new(article.Title + "\n\n" + article.Text);
}
