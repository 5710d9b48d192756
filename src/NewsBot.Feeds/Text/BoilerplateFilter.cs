namespace NewsBot.Feeds.Text;

/// <summary>
/// Removes page chrome that survives into article text, whether it came from HTML or from a plain
/// text capture: navigation and share lines, image file names, breadcrumbs, "read also" blocks and
/// the story lists after them, a headline printed twice, teasers for other stories and the site's
/// sign-off. Works line by line on paragraphs; knows phrases, never particular sites or files.
/// </summary>
internal static class BoilerplateFilter
{
    public static IReadOnlyList<string> Filter(IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var lines = paragraphs.Where(line => !IsChromeLine(line)).ToList();
        RemoveRelatedBlocks(lines);
        RemoveHeadChrome(lines);
        RemoveRepeatedLines(lines);
        RemoveSignOff(lines);
        RemoveOrphanHeadings(lines);
        return lines;
    }

    private static bool IsChromeLine(string line)
    {
        if (line.Length == 0 || LineShape.IsSymbolsOnly(line) || LineShape.IsImageFileName(line))
        {
            return true;
        }

        var key = PhraseKey.Of(line);
        return BoilerplatePhrases.NavigationLines.Contains(key) || IsShareBar(key) || IsTeaser(key);
    }

    private static bool IsShareBar(string key)
    {
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words.All(BoilerplatePhrases.ShareWords.Contains);
    }

    /// <summary>"Lire aussi : …", "REGARDER | …": a pointer to other content, with its title after it.</summary>
    private static bool IsTeaser(string key)
    {
        foreach (var prefix in BoilerplatePhrases.TeaserPrefixes)
        {
            if (!key.StartsWith(prefix, StringComparison.Ordinal) || key.Length == prefix.Length)
            {
                continue;
            }

            if (prefix[^1] is '|' or ':')
            {
                return true;
            }

            var rest = key.AsSpan(prefix.Length).TrimStart();
            if (rest.Length > 0 && rest[0] is ':' or '|' or '-' or '–' or '—' or '>')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A "related stories" heading and the list under it: short lines, dates and truncated excerpts,
    /// up to the first line that reads as article text again (or the end of the document).
    /// </summary>
    private static void RemoveRelatedBlocks(List<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (!BoilerplatePhrases.RelatedHeadings.Contains(PhraseKey.Of(lines[i])))
            {
                continue;
            }

            var end = i + 1;
            while (end < lines.Count && IsListItem(lines[end]))
            {
                end++;
            }

            lines.RemoveRange(i, end - i);
            i--;
        }
    }

    private static bool IsListItem(string line) =>
        LineShape.IsHeadingLike(line)
        || line.StartsWith('•')
        || LineShape.IsDateOnly(line)
        || line.EndsWith('…')
        || line.EndsWith("...", StringComparison.Ordinal);

    /// <summary>
    /// Before the headline: breadcrumbs ("Accueil > Monde", "ActualitésInternational" with its
    /// separators lost) and one-word rubric labels. A headline has more than one word.
    /// </summary>
    private static void RemoveHeadChrome(List<string> lines)
    {
        while (lines.Count > 1 && IsBreadcrumb(lines[0]))
        {
            lines.RemoveAt(0);
        }
    }

    private static bool IsBreadcrumb(string line)
    {
        if (LineShape.IsDateOnly(line) || LineShape.IsCredit(line))
        {
            return false;
        }

        if (LineShape.WordCount(line) == 1 && !LineShape.EndsWithTerminalPunctuation(line))
        {
            return true;
        }

        var parts = line.Split(['>', '›', '»', '/', '|', '→'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2
            && line.Length <= LineShape.MaxHeadingLength
            && !LineShape.EndsWithTerminalPunctuation(line)
            && parts.All(part => LineShape.WordCount(part) <= 4);
    }

    /// <summary>Pages often print the headline twice (page title and article title).</summary>
    private static void RemoveRepeatedLines(List<string> lines)
    {
        for (var i = lines.Count - 1; i > 0; i--)
        {
            if (string.Equals(PhraseKey.Of(lines[i]), PhraseKey.Of(lines[i - 1]), StringComparison.Ordinal))
            {
                lines.RemoveAt(i);
            }
        }
    }

    private static void RemoveSignOff(List<string> lines)
    {
        while (lines.Count > 1 && IsSignOff(lines[^1]))
        {
            lines.RemoveAt(lines.Count - 1);
        }
    }

    private static bool IsSignOff(string line)
    {
        var key = PhraseKey.Of(line);
        return BoilerplatePhrases.SignOffMarkers.Any(marker => key.Contains(marker, StringComparison.Ordinal));
    }

    /// <summary>
    /// In the body, a heading introduces text. A heading-like line followed by another one, or by
    /// nothing, introduces nothing: it is a teaser for another story ("Il a fait deux ans de prison
    /// après un dessin…" before the section heading "10 000 soldats ?") or a leftover label.
    /// The headline area before the first paragraph is left alone: a headline followed by a section
    /// heading is normal there.
    /// </summary>
    private static void RemoveOrphanHeadings(List<string> lines)
    {
        var firstParagraph = lines.FindIndex(LineShape.IsParagraph);
        if (firstParagraph < 0)
        {
            return;
        }

        for (var i = lines.Count - 1; i > firstParagraph; i--)
        {
            var isLast = i == lines.Count - 1;
            if (LineShape.IsHeadingLike(lines[i]) && (isLast || LineShape.IsHeadingLike(lines[i + 1])))
            {
                lines.RemoveAt(i);
            }
        }
    }
}
