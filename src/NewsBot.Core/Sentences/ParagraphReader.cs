using System.Buffers;
using NewsBot.Core.Text;

namespace NewsBot.Core.Sentences;

/// <summary>
/// Cuts the article into lines and sorts out the lines that are not prose: navigation, "more stories"
/// lists and everything after them, file names, captions and credits, bios, headings.
/// </summary>
internal static class ParagraphReader
{
    /// <summary>Searched all at once: twenty substring searches per line were a twentieth of the analysis.</summary>
    private static readonly SearchValues<string> FurniturePhrases = SearchValues.Create(
    [
        "acceder au contenu", "pin it", "lire aussi", "lire la suite", "read more", "newsletter", "abonnez-vous",
        "sponsoring", "contactez-nous", "tous droits reserves", "all rights reserved", "cookies", "publicite",
        "advertisement", "share this", "sign up for", "inscrivez-vous", "suivez-nous", "follow us", "skip to content",
    ], StringComparison.Ordinal);

    /// <summary>Headings after which a page lists other stories, not this one.</summary>
    private static readonly string[] MoreStoriesMarkers =
    [
        "vous pouvez aussi aimer", "a voir aussi", "a lire aussi", "sur le meme sujet", "dans la meme rubrique",
        "les plus lus", "you may also like", "related stories", "related articles", "more stories", "most read",
        "recommended", "more from", "voir aussi", "lire aussi",
    ];

    private const int MaxFurnitureChars = 300;

    private const int MaxCaptionTokens = 60;

    private static readonly WordSet MetadataWords = new("date published updated publie modifie mis");

    private static readonly WordSet FileExtensions = new("jpg jpeg png gif webp mp4 svg");

    /// <summary>Words a line cannot end on when the sentence is finished: a hard wrap cut after them.</summary>
    private static readonly WordSet Joiners = new(
        "de d' du des l' la le les a au aux en et ou par pour sur dans avec sous entre un une " +
        "of the a an and or to in on at by for with from into than as about");

    /// <summary>Wire copy is cut at 60–80 columns; a shorter line ending without punctuation is a heading or a list item.</summary>
    private const int MinWrappedLineChars = 30;

    /// <summary>Cuts the text into paragraphs: hard-wrapped lines joined, each paragraph classified.</summary>
    /// <param name="text">The article.</param>
    /// <param name="titleEnd">Tokens before this are the article's title, read as a heading of its own.</param>
    public static List<Paragraph> Read(ArticleText text, int titleEnd = 0)
    {
        var paragraphs = new List<Paragraph>();
        var start = 0;
        var lineStart = 0;
        var rest = false;
        for (var i = 1; i <= text.Count; i++)
        {
            if (i < text.Count && text.Tokens[i].Gap != TokenGap.LineBreak)
            {
                continue;
            }

            if (i < text.Count && i != titleEnd && start >= titleEnd && ContinuesLine(text, lineStart, i))
            {
                lineStart = i;
                continue;
            }

            lineStart = i;
            if (start < titleEnd)
            {
                paragraphs.Add(new Paragraph(start, i, ParagraphKind.Title));
                start = i;
                continue;
            }

            var first = SkipMetadata(text, start, i);
            if (first >= i)
            {
                // A line that is all metadata ("Published Sept. 9, 2023") has no prose left to classify.
                paragraphs.Add(new Paragraph(start, i, ParagraphKind.Boilerplate));
                start = i;
                continue;
            }

            var kind = rest ? ParagraphKind.Boilerplate : Classify(text, first, i, out rest);
            paragraphs.Add(new Paragraph(first, i, kind));
            start = i;
        }

        return paragraphs;
    }

    /// <summary>
    /// Whether the line starting at <paramref name="next"/> is the rest of a sentence cut by a hard wrap or a
    /// link: the line before ends unfinished and this one does not start a list item. Blank lines do not
    /// tell: feed readers put one between every two lines of a plain-text article.
    /// </summary>
    private static bool ContinuesLine(ArticleText text, int lineStart, int next)
    {
        var last = next - 1;
        if (text.Kind(last) == TokenKind.Punct && IsFinal(text.Text[text.Tokens[last].Start]))
        {
            return false;
        }

        var firstChar = text.Text[text.Tokens[next].Start];
        var lineChars = text.Tokens[last].End - text.Tokens[lineStart].Start;
        if (text.Kind(next) == TokenKind.Punct)
        {
            // ", including…" or a lone "." after a link that took its own line; "de\n"magnitude…"" cut before a quote.
            return (firstChar is ',' or '.' or ';' or ':' or ')' && (next + 1 >= text.Count || text.Tokens[next + 1].Gap != TokenGap.LineBreak || firstChar == '.')) ||
                (CharClass.IsOpeningQuote(firstChar) && lineChars >= MinWrappedLineChars && text.IsIn(last, Joiners));
        }

        // "…insured by Townsend\nThoresen's parent company": a name cut by the wrap.
        if (lineChars >= MinWrappedLineChars && text.IsCapitalized(last) && text.Kind(next) == TokenKind.Word && char.IsUpper(firstChar) &&
            !IsAllCaps(text, last) && !Language.StopWords.IsStopWord(text.Fold(next)))
        {
            return true;
        }

        var lastIsLowerWord = text.Kind(last) == TokenKind.Word && char.IsLower(text.Text[text.Tokens[last].Start]);
        var unfinished = lastIsLowerWord || text.IsPunct(last, ',') || text.Kind(last) == TokenKind.Number;
        if (!unfinished)
        {
            return false;
        }

        if (char.IsLower(firstChar))
        {
            return true;
        }

        return lineChars >= MinWrappedLineChars && (text.IsIn(last, Joiners) || text.IsPunct(last, ','));
    }

    private static bool IsAllCaps(ArticleText text, int token)
    {
        foreach (var c in text.Raw(token))
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsFinal(char c) => CharClass.IsSentenceEnd(c) || CharClass.IsClosingQuote(c) || c is ')' or ':' or '|';

    private static int SkipMetadata(ArticleText text, int first, int end)
    {
        if (!text.IsIn(first, MetadataWords))
        {
            return first;
        }

        var i = first + 1;
        while (i < end && (text.Kind(i) == TokenKind.Number || (text.Kind(i) == TokenKind.Punct && text.Tokens[i].Glued) || text.IsIn(i, Abbreviations.Months)))
        {
            i++;
        }

        return i > first + 1 ? i : first;
    }

    private static ParagraphKind Classify(ArticleText text, int first, int end, out bool restIsFurniture)
    {
        restIsFurniture = false;
        var line = text.Folded.AsSpan(text.Tokens[first].Start, text.Tokens[end - 1].End - text.Tokens[first].Start);
        var words = end - first;
        foreach (var marker in words <= 6 ? MoreStoriesMarkers : [])
        {
            if ( line.TrimEnd(" :.".AsSpan()).SequenceEqual(marker))
            {
                restIsFurniture = true;
                return ParagraphKind.Boilerplate;
            }
        }

        // Site furniture comes in short lines; a long line is prose even if it says "cookies".
        if (line.Length <= MaxFurnitureChars && line.ContainsAny(FurniturePhrases))
        {
            return ParagraphKind.Boilerplate;
        }

        if (words == 3 && text.IsPunct(first + 1, '.') && text.IsIn(first + 2, FileExtensions))
        {
            return ParagraphKind.Boilerplate;
        }

        if (IsAside(text, first, end, line))
        {
            return ParagraphKind.Aside;
        }

        var last = text.Raw(end - 1);
        var terminated = last.Length == 1 && (CharClass.IsSentenceEnd(last[0]) || CharClass.IsClosingQuote(last[0]) || last[0] == ')');
        return terminated ? ParagraphKind.Content : ParagraphKind.Heading;
    }

    private static bool IsAside(ArticleText text, int first, int end, ReadOnlySpan<char> line)
    {
        // "REGARDER | ...", "WATCH | ...": a video teaser.
        if (end - first > 2 && text.IsPunct(first + 1, '|'))
        {
            return true;
        }

        if (line.StartsWith("credit") || line.StartsWith("photo :") || line.StartsWith("photo:"))
        {
            return true;
        }

        // A caption ends with its credit in parentheses: "(KCNA via Reuters)", "(Gleb Garanich/Reuters)". A
        // long paragraph ending so is prose closed by an agency tag: "(afp/nxp)".
        if (text.IsPunct(end - 1, ')') && end - first <= MaxCaptionTokens)
        {
            var open = end - 1;
            while (open > first && end - open < 16 && !text.IsPunct(open, '('))
            {
                open--;
            }

            var credit = text.Folded.AsSpan(text.Tokens[open].Start, text.Tokens[end - 1].End - text.Tokens[open].Start);
            return open > first && (credit.Contains(" via ", StringComparison.Ordinal) || credit.Contains('/') ||
                credit.Contains("reuters", StringComparison.Ordinal) || credit.Contains("afp", StringComparison.Ordinal) ||
                credit.Contains("getty", StringComparison.Ordinal) || credit.Contains("photo", StringComparison.Ordinal));
        }

        return false;
    }
}
