using NewsBot.Core.Text;

namespace NewsBot.Core.Sentences;

/// <summary>
/// Splits paragraphs into sentences at . ! ? … followed by a capital, a digit or a quote, except after
/// abbreviations (M., Mme, Dr, Sept.) and initials (U.S., J. K.). Decimals never split because the
/// tokenizer keeps them inside the number. Closing quotes and brackets stay with their sentence.
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>A run-on text without punctuation is cut every so many tokens to keep work bounded.</summary>
    public const int MaxTokens = 120;

    public static List<Sentence> Split(ArticleText text, IReadOnlyList<Paragraph> paragraphs)
    {
        var sentences = new List<Sentence>(paragraphs.Count * 2);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            if (paragraph.Kind == ParagraphKind.Boilerplate)
            {
                continue;
            }

            var start = paragraph.FirstToken;
            for (var i = start; i < paragraph.EndToken; i++)
            {
                var end = EndsAt(text, i, paragraph.EndToken);
                if (end > 0 || i - start + 1 >= MaxTokens)
                {
                    var stop = end > 0 ? end : i + 1;
                    sentences.Add(new Sentence(start, stop, p));
                    start = stop;
                    i = stop - 1;
                }
            }

            if (start < paragraph.EndToken)
            {
                sentences.Add(new Sentence(start, paragraph.EndToken, p));
            }
        }

        return sentences;
    }

    /// <returns>The token after the sentence that ends at <paramref name="i"/>, or 0 when none ends there.</returns>
    private static int EndsAt(ArticleText text, int i, int end)
    {
        if (text.Kind(i) != TokenKind.Punct || !CharClass.IsSentenceEnd(text.Text[text.Tokens[i].Start]))
        {
            return 0;
        }

        if (text.Text[text.Tokens[i].Start] == '.' && i > 0 && text.Tokens[i].Glued && text.Kind(i - 1) == TokenKind.Word)
        {
            var word = text.Raw(i - 1);
            if ((word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.Words.Contains(text.Fold(i - 1)))
            {
                return 0;
            }
        }

        var next = i + 1;
        // Bounded, so a run of ten thousand dots stays linear.
        while (next < end && next - i < 4 && text.Kind(next) == TokenKind.Punct && IsCloser(text.Text[text.Tokens[next].Start]))
        {
            next++;
        }

        if (next >= end)
        {
            return 0;
        }

        if (text.Tokens[next].Glued)
        {
            return 0;
        }

        var c = text.Text[text.Tokens[next].Start];
        return char.IsUpper(c) || char.IsAsciiDigit(c) || CharClass.IsOpeningQuote(c) || c is '–' or '—' or '-' or '(' or '['
            ? next
            : 0;
    }

    private static bool IsCloser(char c) => CharClass.IsClosingQuote(c) || c is ')' or ']' || CharClass.IsSentenceEnd(c);
}
