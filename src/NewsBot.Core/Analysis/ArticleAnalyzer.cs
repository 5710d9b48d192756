using NewsBot.Core.Figures;
using NewsBot.Core.Language;
using NewsBot.Core.Sentences;
using NewsBot.Core.Sources;
using NewsBot.Core.Summaries;
using NewsBot.Core.Text;

namespace NewsBot.Core.Analysis;

/// <summary>
/// Reads an article: language, sentences, key figures with qualifier and source, cited sources and an
/// extractive summary. Stateless and thread-safe; CPU only. Text past 64 KB is not read, so any input
/// gives a result in bounded time and memory.
/// </summary>
public sealed class ArticleAnalyzer : IArticleAnalyzer
{
    private readonly int _maxChars;

    public ArticleAnalyzer()
        : this(TextNormalizer.MaxChars)
    {
    }

    /// <param name="maxChars">How much of a text is read; more costs time without adding news.</param>
    internal ArticleAnalyzer(int maxChars)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxChars);
        _maxChars = maxChars;
    }

    public static ArticleAnalyzer Create() => new();

    public ArticleAnalysis Analyze(string title, string text)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(text);
        var heading = TitleToRead(title, text);
        var article = new ArticleText(heading.Length == 0 ? text : heading + "\n\n" + text, _maxChars);
        if (article.Count == 0)
        {
            return ArticleAnalysis.Empty;
        }

        var titleEnd = heading.Length == 0 ? 0 : TitleEnd(article);
        var language = LanguageDetector.Detect(article);
        var french = language.Code != "en";
        var paragraphs = ParagraphReader.Read(article, titleEnd);
        var sentences = SentenceSplitter.Split(article, paragraphs);
        var quotes = QuoteFinder.Find(article, paragraphs);
        var sources = new SourceIndex(article, paragraphs, sentences, quotes);

        var candidates = FigureExtractor.Extract(article, paragraphs, sentences, french);
        for (var i = 0; i < candidates.Count; i++)
        {
            candidates[i] = candidates[i] with { Source = sources.For(candidates[i].Sentence, candidates[i].Token) };
        }

        // A figure the headline shares with the body is shown with the body's sentence, which says more.
        var figures = FigureMerger.Merge([.. candidates.OrderBy(c => c.Token < titleEnd)], french);
        var figureSentences = figures.Select(f => f.Sentence).ToHashSet();
        var summary = Summarizer.Summarize(article, new ArticleText(title, _maxChars), paragraphs, sentences, quotes, figureSentences);

        return new ArticleAnalysis
        {
            Language = language.Code,
            LanguageConfidence = language.Confidence,
            Summary = summary,
            Sentences = sentences
                .Where(s => paragraphs[s.Paragraph].Kind is ParagraphKind.Content or ParagraphKind.Heading)
                .Select(s => article.Slice(s.FirstToken, s.EndToken))
                .ToArray(),
            Figures = figures.Select(f => new KeyFigure
            {
                Value = f.Value,
                ValueMax = f.ValueMax,
                Text = f.Text,
                What = f.What,
                Unit = f.Unit,
                Qualifier = f.Qualifier,
                Sentence = article.Slice(sentences[f.Sentence].FirstToken, sentences[f.Sentence].EndToken),
                Source = f.Source,
            }).ToArray(),
            Sources = sources.Sources,
        };
    }

    /// <summary>The title, on one line, when the text does not already start with it (some feeds repeat it).</summary>
    private static string TitleToRead(string title, string text)
    {
        var line = title.ReplaceLineEndings(" ").Trim();
        return line.Length == 0 || line.Length > 1000 || text.AsSpan().TrimStart().StartsWith(line, StringComparison.Ordinal) ? string.Empty : line;
    }

    private static int TitleEnd(ArticleText article)
    {
        var i = 1;
        while (i < article.Count && article.Tokens[i].Gap != TokenGap.LineBreak)
        {
            i++;
        }

        return i;
    }
}
