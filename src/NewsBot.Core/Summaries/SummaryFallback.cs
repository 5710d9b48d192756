using NewsBot.Core.Sentences;
using NewsBot.Core.Text;

namespace NewsBot.Core.Summaries;

/// <summary>
/// The summary of an article with no sentence fit to quote (one line of words, no stop): its first words,
/// cut at a word, so an alert never goes out without one.
/// </summary>
internal static class SummaryFallback
{
    public static string FirstWords(ArticleText text, IReadOnlyList<Paragraph> paragraphs, int maxChars)
    {
        // Furniture only when there is nothing else: a page of links still says something.
        var first = paragraphs.FirstOrDefault(p => p.Kind != ParagraphKind.Boilerplate && p.EndToken > p.FirstToken);
        if (first.EndToken <= first.FirstToken)
        {
            first = paragraphs.FirstOrDefault(p => p.EndToken > p.FirstToken);
        }

        foreach (var paragraph in first.EndToken > first.FirstToken ? [first] : Array.Empty<Paragraph>())
        {

            var start = text.Tokens[paragraph.FirstToken].Start;
            var last = paragraph.FirstToken;
            while (last + 1 < paragraph.EndToken && text.Tokens[last + 1].End - start <= maxChars)
            {
                last++;
            }

            var end = Math.Min(text.Tokens[last].End, start + maxChars);
            return text.Text[start..end];
        }

        return string.Empty;
    }
}
