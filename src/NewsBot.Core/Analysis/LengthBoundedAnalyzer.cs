using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Pipeline;

namespace NewsBot.Core.Analysis;

/// <summary>
/// Bounds the analysis of one article by its length: a text longer than
/// <see cref="IngestionOptions.MaxAnalyzedCharacters"/> is analysed on its head (cut at a paragraph
/// or word break) plus the title, and the cut is logged. The article itself is stored whole.
/// </summary>
public sealed class LengthBoundedAnalyzer(ArticleAnalyzer inner, IOptions<IngestionOptions> options, ILogger<LengthBoundedAnalyzer> logger) : IArticleAnalyzer
{
    public ArticleAnalysis Analyze(string title, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var max = options.Value.MaxAnalyzedCharacters;
        if (text.Length <= max)
        {
            return inner.Analyze(title, text);
        }

        var head = Head(text, max);
        Log.AnalysisCut(logger, title, head.Length, text.Length);
        return inner.Analyze(title, head);
    }

    /// <summary>At most <paramref name="max"/> characters: up to the last paragraph break in the second half, else the last space.</summary>
    internal static string Head(string text, int max)
    {
        var window = text.AsSpan(0, max);
        var paragraph = window.LastIndexOf("\n\n", StringComparison.Ordinal);
        if (paragraph >= max / 2)
        {
            return text[..paragraph];
        }

        var space = window.LastIndexOfAny(' ', '\n');
        var end = space >= max / 2 ? space : max;

        // Never half a surrogate pair.
        return char.IsHighSurrogate(text[end - 1]) ? text[..(end - 1)] : text[..end];
    }
}
