using NewsBot.Core.Language;
using NewsBot.Core.Text;

namespace NewsBot.Core.Summaries;

/// <summary>
/// How much of the title each candidate repeats: the share of the title's content stems and numbers found
/// in it. The title names the event and its main figure ("900 étudiants… ont dû passer la nuit dehors"),
/// so the sentence that tells it gets the credit even far from the top.
/// </summary>
internal static class TitleOverlap
{
    private const int MaxTitleStems = 32;

    /// <summary>Fills each candidate's overlap with the feed's title or, when that is empty, with the heading line before the prose.</summary>
    public static void Fill(ArticleText text, ReadOnlySpan<(int First, int End)> ranges, ArticleText title, (int First, int End)? heading, Span<double> overlap)
    {
        overlap.Clear();
        Span<int> stems = stackalloc int[MaxTitleStems];
        var count = title.Count > 0 ? Collect(title, 0, title.Count, stems)
            : heading is { } h ? Collect(text, h.First, h.End, stems)
            : 0;
        if (count == 0)
        {
            return;
        }

        stems = stems[..count];
        Span<bool> seen = stackalloc bool[count];
        for (var c = 0; c < ranges.Length; c++)
        {
            seen.Clear();
            var found = 0;
            for (var i = ranges[c].First; i < ranges[c].End; i++)
            {
                if (!IsContent(text, i, out var stem))
                {
                    continue;
                }

                var k = stems.IndexOf(stem);
                if (k >= 0 && !seen[k])
                {
                    seen[k] = true;
                    found++;
                }
            }

            overlap[c] = (double)found / count;
        }
    }

    private static int Collect(ArticleText text, int first, int end, Span<int> stems)
    {
        var count = 0;
        for (var i = first; i < end && count < stems.Length; i++)
        {
            if (IsContent(text, i, out var stem) && !stems[..count].Contains(stem))
            {
                stems[count++] = stem;
            }
        }

        return count;
    }

    /// <summary>A content word (three letters or more, not a stop word) or a number, as a stem.</summary>
    private static bool IsContent(ArticleText text, int i, out int stem)
    {
        var token = text.Tokens[i];
        var word = text.Folded.AsSpan(token.Start, token.Length);
        var content = token.Kind == TokenKind.Number || (token.Kind == TokenKind.Word && token.Length >= 3 && !StopWords.IsStopWord(word));
        stem = content ? SentenceSimilarity.Stem(word) : 0;
        return content;
    }
}
