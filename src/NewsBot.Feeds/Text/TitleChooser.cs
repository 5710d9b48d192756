using System.Text.RegularExpressions;

namespace NewsBot.Feeds.Text;

/// <summary>Finds an article's title among its paragraphs when the source has no separate title.</summary>
internal static partial class TitleChooser
{
    /// <summary>Titles made from a sentence are cut at a word boundary to stay under this length.</summary>
    public const int MaxDerivedTitleLength = 120;

    /// <summary>Titles a source gives are cut at a word boundary to stay under this length.</summary>
    public const int MaxTitleLength = 300;

    /// <summary>
    /// The first line that can be a title: a headline-shaped line becomes the title and leaves the
    /// body; a paragraph gives its first sentence, shortened, and stays in the body whole. Credit
    /// lines ("Crédit : Reuters") and bare dates are never titles.
    /// </summary>
    public static TitledText Choose(IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var line = paragraphs[i];
            if (LineShape.IsCredit(line) || LineShape.IsDateOnly(line))
            {
                continue;
            }

            if (LineShape.IsHeadingLike(line))
            {
                var body = paragraphs.Where((_, index) => index != i).ToList();
                return new TitledText(line, WithoutLeadingTitle(body, line));
            }

            return new TitledText(FromSentence(line), paragraphs);
        }

        return new TitledText(string.Empty, paragraphs);
    }

    /// <summary>Drops a first paragraph that only repeats the title the source gave separately.</summary>
    public static IReadOnlyList<string> WithoutLeadingTitle(IReadOnlyList<string> body, string title)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(title);
        return body.Count > 0 && string.Equals(PhraseKey.Of(body[0]), PhraseKey.Of(title), StringComparison.Ordinal)
            ? body.Skip(1).ToList()
            : body;
    }

    /// <summary>The paragraph's first sentence, shortened at a word boundary with an ellipsis.</summary>
    public static string FromSentence(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var sentence = SentenceEnd().Split(paragraph, 2)[0].TrimEnd('.', ' ');
        return Shorten(sentence, MaxDerivedTitleLength);
    }

    /// <summary>The line itself when it fits; otherwise cut at a word boundary, with an ellipsis.</summary>
    public static string Shorten(string line, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length <= maxLength)
        {
            return line;
        }

        var cut = line.LastIndexOf(' ', maxLength - 1);
        var end = cut > maxLength / 2 ? cut : maxLength - 1;
        if (char.IsHighSurrogate(line[end - 1]))
        {
            end--;
        }

        return line[..end].TrimEnd(',', ';', ':', '–', '—', '-', ' ', '(', '«', '“') + "…";
    }

    // A sentence ends at . ! ? or … followed by a capital or an opening quote, unless the period
    // closes a one-letter abbreviation ("M. Dupont") or an initialism ("U.S. forces").
    [GeneratedRegex(@"(?<=[^\s.]{2}[.!?…]|[!?…])\s+(?=[\p{Lu}«“""])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
