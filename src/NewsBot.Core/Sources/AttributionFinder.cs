using NewsBot.Core.Sentences;
using NewsBot.Core.Text;

namespace NewsBot.Core.Sources;

/// <summary>
/// Finds the attribution of a sentence: "selon X", "d’après X", "according to X"; "X a déclaré",
/// "X affirme que", "X said"; after a quotation "», a déclaré X", "said X"; "rapports du X".
/// </summary>
internal static class AttributionFinder
{
    private const int MaxNameTokens = 10;

    public static Attribution FindInSentence(ArticleText text, Sentence sentence)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (text.Kind(i) != TokenKind.Word || !text.IsIn(i, SourceCues.CueStarts))
            {
                continue;
            }

            var found = AtCue(text, i, sentence.FirstToken, sentence.EndToken);
            if (found.Found)
            {
                return found;
            }
        }

        return default;
    }

    /// <summary>The attribution right after a closing quotation mark: "», a déclaré Alina Frolova".</summary>
    public static Attribution FindAfterQuote(ArticleText text, QuoteSpan quote, int end)
    {
        var i = quote.EndToken;
        while (i < end && text.Kind(i) == TokenKind.Punct && text.Raw(i) is "," or "»" or "”" or "\"")
        {
            i++;
        }

        if (i < end && text.IsIn(i, SourceCues.Auxiliaries))
        {
            i++;
        }

        return i < end && text.IsIn(i, SourceCues.SpeechVerbs) ? Inverted(text, i, end) : default;
    }

    private static Attribution AtCue(ArticleText text, int i, int start, int end)
    {
        if (text.Is(i, "selon") || (text.Is(i, "apres") && text.Is(i - 1, "d'")) || (text.Is(i, "according") && text.Is(i + 1, "to")))
        {
            var nameStart = text.Is(i, "according") ? i + 2 : i + 1;
            return text.IsIn(nameStart, SourceCues.NotNames) ? default : Forward(text, nameStart, end, i);
        }

        // "des rapports du Pentagone indiquant", "reports from the ministry".
        if ((text.Is(i, "rapports") || text.Is(i, "rapport") || text.Is(i, "reports") || text.Is(i, "report")) &&
            (text.Is(i + 1, "du") || text.Is(i + 1, "de") || text.Is(i + 1, "des") || text.Is(i + 1, "from") || text.Is(i + 1, "by")))
        {
            return Forward(text, i + 2, end, i);
        }

        if (!text.IsIn(i, SourceCues.SpeechVerbs))
        {
            return default;
        }

        var before = i - 1;
        var auxiliary = before >= start && text.IsIn(before, SourceCues.Auxiliaries);
        if (auxiliary)
        {
            if (text.Fold(before).Contains('-'))
            {
                return new Attribution(null, IsPronoun: true, i);
            }

            before--;
        }

        var introducesSpeech = IntroducesSpeech(text, i + 1, end);
        if (before >= start && text.IsPunct(before, ',') && introducesSpeech)
        {
            var apposition = WithApposition(text, before, start);
            if (apposition.Found)
            {
                return apposition with { Token = i };
            }
        }

        // Inverted subject after a comma or a quotation ("», a déclaré X") or "comme l’explique X".
        if (before < start || text.Kind(before) == TokenKind.Punct || text.IsIn(before, SourceCues.InversionMarkers))
        {
            return Inverted(text, i, end);
        }

        if (!auxiliary && !text.IsIn(i, SourceCues.AlwaysSpeech) && !introducesSpeech)
        {
            return default;
        }

        var subject = Backward(text, before, start);
        return subject.Found ? subject with { Token = i } : default;
    }

    /// <summary>
    /// "Samuel Greene, un expert de la Russie, affirme que": the subject is before the apposition, unless
    /// the apposition is the name ("Le secrétaire à la Défense, Lloyd Austin, a déclaré").
    /// </summary>
    private static Attribution WithApposition(ArticleText text, int comma, int start)
    {
        var open = comma - 1;
        while (open >= start && comma - open < 16 && !text.IsPunct(open, ','))
        {
            open--;
        }

        if (open < start || !text.IsPunct(open, ','))
        {
            return default;
        }

        var inside = Clean(text, open + 1, comma, open);
        if (inside.Name is { } name && SourceClassifier.LooksLikePersonName(name))
        {
            return inside;
        }

        var outside = Backward(text, open - 1, start);
        return outside.Found ? outside : inside;
    }

    private static bool IntroducesSpeech(ArticleText text, int i, int end)
    {
        for (var j = i; j < end && j < i + 4; j++)
        {
            if (text.IsIn(j, SourceCues.SaidIntroducers) || (text.Kind(j) == TokenKind.Punct && CharClass.IsOpeningQuote(text.Text[text.Tokens[j].Start])))
            {
                return true;
            }
        }

        return false;
    }

    private static Attribution Backward(ArticleText text, int last, int start)
    {
        var first = last + 1;
        while (first - 1 >= start && last - first + 2 <= MaxNameTokens)
        {
            var j = first - 1;
            if (text.Kind(j) == TokenKind.Punct && text.Raw(j) is not ("-" or "'" or "’" or "."))
            {
                break;
            }

            if (text.IsIn(j, SourceCues.SubjectBoundaries))
            {
                break;
            }

            first = j;
        }

        if (first - 1 >= start && last - first + 2 > MaxNameTokens && text.Kind(first - 1) != TokenKind.Punct)
        {
            return default;
        }

        // "Poutine n’a pas explicitement reconnu": the subject ends where the verb phrase starts.
        for (var j = first + 1; j <= last; j++)
        {
            if (text.IsIn(j, SourceCues.Verbal) && text.Raw(j) is not ("à" or "À"))
            {
                last = j - 1;
                break;
            }
        }

        return Clean(text, first, last + 1, first);
    }

    private static Attribution Inverted(ArticleText text, int verb, int end)
    {
        var i = verb + 1;
        while (i < end && (text.IsIn(i, SourceCues.NameEnds) && !text.IsIn(i, SourceCues.Leading)))
        {
            i++;
        }

        return Forward(text, i, end, verb);
    }

    private static Attribution Forward(ArticleText text, int first, int end, int cue)
    {
        var last = first;
        while (last < end && last - first < MaxNameTokens)
        {
            if (text.Kind(last) == TokenKind.Punct && text.Raw(last) is not ("-" or "'" or "’"))
            {
                break;
            }

            if (last > first && (text.IsIn(last, SourceCues.NameEnds) || text.IsIn(last, SourceCues.SubjectBoundaries) || text.IsIn(last, SourceCues.SpeechVerbs)))
            {
                break;
            }

            last++;
        }

        return Clean(text, first, last, cue);
    }

    private static Attribution Clean(ArticleText text, int first, int end, int cue)
    {
        while (first < end && (text.IsIn(first, SourceCues.Leading) || text.Kind(first) != TokenKind.Word))
        {
            first++;
        }

        while (end > first && text.Kind(end - 1) != TokenKind.Word)
        {
            end--;
        }

        if (first >= end)
        {
            return default;
        }

        if (text.IsIn(first, SourceCues.Impersonal))
        {
            return default;
        }

        if (text.IsIn(first, SourceCues.Pronouns))
        {
            return new Attribution(null, IsPronoun: true, cue);
        }

        return end - first > MaxNameTokens ? default : new Attribution(text.Slice(first, end), IsPronoun: false, cue);
    }
}
