using System.Buffers;
using NewsBot.Core.Sentences;
using NewsBot.Core.Text;

namespace NewsBot.Core.Summaries;

/// <summary>
/// The stretches of prose a summary may quote, each a whole sentence: a quotation the splitter cut
/// ("« Les images sont une chose sérieuse. S’il y a des images… », a déclaré…") is taken whole or not at
/// all, a stray mark after the final stop (". .") is dropped, and neither a lone question on its own line
/// (a heading or a teaser) nor a run-on cut for length qualifies.
/// </summary>
internal static class SummaryCandidates
{
    public const int MinTokens = 6;
    public const int MaxChars = 400;

    private static readonly SearchValues<char> PostMarks = SearchValues.Create("#@");

    /// <returns>How many candidates were written to <paramref name="ranges"/> (token ranges) and <paramref name="carriesFigure"/>.</returns>
    public static int Collect(
        ArticleText text,
        IReadOnlyList<Paragraph> paragraphs,
        IReadOnlyList<Sentence> sentences,
        IReadOnlyList<QuoteSpan> quotes,
        IReadOnlySet<int> figureSentences,
        Span<(int First, int End)> ranges,
        Span<bool> carriesFigure,
        bool relaxed)
    {
        var n = 0;
        var q = 0;
        for (var s = 0; s < sentences.Count && n < ranges.Length;)
        {
            var first = s;
            var paragraph = sentences[s].Paragraph;
            var end = sentences[s++].EndToken;
            while (q < quotes.Count && quotes[q].EndToken <= sentences[first].FirstToken)
            {
                q++;
            }

            while (s < sentences.Count && sentences[s].Paragraph == paragraph && CutsQuote(quotes, q, end))
            {
                end = sentences[s++].EndToken;
            }

            var start = sentences[first].FirstToken;
            end = TrimStrayMarks(text, start, end);
            if (!Admits(paragraphs[paragraph].Kind, relaxed) || end - start < MinTokens ||
                text.Tokens[end - 1].End - text.Tokens[start].Start > MaxChars || !(relaxed || EndsAsSentence(text, end - 1)) ||
                IsLoneQuestion(text, paragraphs[paragraph], start, end) || IsCreditOrPost(text, start, end))
            {
                continue;
            }

            var figure = false;
            for (var k = first; k < s; k++)
            {
                figure |= figureSentences.Contains(k);
            }

            ranges[n] = (start, end);
            carriesFigure[n++] = figure;
        }

        return n;
    }

    /// <summary>
    /// The title as a token range: a heading line that comes before any prose. The feed's title is often
    /// the article's first line; a heading further down is a section title, not the story's.
    /// </summary>
    public static (int First, int End)? Title(IReadOnlyList<Paragraph> paragraphs)
    {
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.Kind == ParagraphKind.Heading && paragraph.EndToken > paragraph.FirstToken)
            {
                return (paragraph.FirstToken, paragraph.EndToken);
            }

            if (paragraph.Kind == ParagraphKind.Content)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Prose only; with <paramref name="relaxed"/>, a caption-like line too (a whole story ending "(afp/nxp)").</summary>
    private static bool Admits(ParagraphKind kind, bool relaxed) =>
        kind == ParagraphKind.Content || (relaxed && kind is ParagraphKind.Aside or ParagraphKind.Heading);

    /// <summary>Whether a quotation opens before <paramref name="end"/> and closes after it.</summary>
    private static bool CutsQuote(IReadOnlyList<QuoteSpan> quotes, int from, int end)
    {
        for (var k = from; k < quotes.Count && quotes[k].FirstToken < end; k++)
        {
            if (quotes[k].EndToken > end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"a-t-elle déclaré à CBC News. ." ends at the first stop.</summary>
    private static int TrimStrayMarks(ArticleText text, int start, int end)
    {
        while (end - start > 1 && text.Kind(end - 1) == TokenKind.Punct && !text.Tokens[end - 1].Glued &&
               CharClass.IsSentenceEnd(text.Text[text.Tokens[end - 1].Start]) && EndsAsSentence(text, end - 2))
        {
            end--;
        }

        return end;
    }

    private static bool EndsAsSentence(ArticleText text, int last)
    {
        if (text.Kind(last) != TokenKind.Punct)
        {
            return false;
        }

        var c = text.Text[text.Tokens[last].Start];
        return CharClass.IsSentenceEnd(c) || CharClass.IsClosingQuote(c) || c is ')' or ']';
    }

    /// <summary>
    /// "(Reporting by …; Editing by …)" is a credit; a stretch with a link, a hashtag or a handle is an
    /// embedded post ("… #FRACRO pic.twitter.com/… — Audrey (@AudreyRN_)"), not the article's prose.
    /// </summary>
    private static bool IsCreditOrPost(ArticleText text, int start, int end)
    {
        if (text.IsPunct(start, '(') && text.IsPunct(end - 1, ')'))
        {
            return true;
        }

        var raw = text.Text.AsSpan(text.Tokens[start].Start, text.Tokens[end - 1].End - text.Tokens[start].Start);
        return raw.Contains("://", StringComparison.Ordinal) || raw.Contains("pic.twitter", StringComparison.Ordinal) ||
               raw.IndexOfAny(PostMarks) >= 0;
    }

    /// <summary>A line that is one question ("Des officiers tués en Ukraine ?") is a heading or a teaser, not prose.</summary>
    private static bool IsLoneQuestion(ArticleText text, Paragraph paragraph, int start, int end) =>
        start == paragraph.FirstToken && end >= paragraph.EndToken - 1 && text.IsPunct(end - 1, '?');
}
