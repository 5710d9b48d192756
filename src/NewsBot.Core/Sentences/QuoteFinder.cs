using NewsBot.Core.Text;

namespace NewsBot.Core.Sentences;

/// <summary>
/// Finds quotations inside each paragraph. Scraped text mixes marks (“…" or «…», »), so any opening
/// mark opens and any closing mark closes; a straight " toggles.
/// </summary>
internal static class QuoteFinder
{
    public static List<QuoteSpan> Find(ArticleText text, IReadOnlyList<Paragraph> paragraphs)
    {
        var quotes = new List<QuoteSpan>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            if (paragraph.Kind == ParagraphKind.Boilerplate)
            {
                continue;
            }

            var open = -1;
            for (var i = paragraph.FirstToken; i < paragraph.EndToken; i++)
            {
                if (text.Kind(i) != TokenKind.Punct)
                {
                    continue;
                }

                var c = text.Text[text.Tokens[i].Start];
                if (open < 0 && CharClass.IsOpeningQuote(c))
                {
                    open = i;
                }
                else if (open >= 0 && CharClass.IsClosingQuote(c))
                {
                    quotes.Add(new QuoteSpan(open, i + 1, p));
                    open = -1;
                }
            }

            if (open >= 0)
            {
                quotes.Add(new QuoteSpan(open, paragraph.EndToken, p));
            }
        }

        return quotes;
    }
}
