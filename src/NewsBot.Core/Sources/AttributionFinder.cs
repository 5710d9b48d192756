using NewsBot.Core.Sentences;
using NewsBot.Core.Text;

namespace NewsBot.Core.Sources;

/// <summary>
/// Finds the attribution of a sentence: "selon X", "d’après X", "according to X", "citing X"; "X a déclaré",
/// "X affirme que", "X said", "X told Reuters"; after a quotation "», a déclaré X", "said X"; "rapports du X";
/// a passive agent ("reported by X", "enregistré par X"); published figures ("Labor Department figures show");
/// an impersonal "on" that names where it heard ("a-t-on appris auprès de la préfecture").
/// </summary>
internal static class AttributionFinder
{
    private const int MaxNameTokens = 10;

    /// <summary>How far back a subject is looked for, to find its noun before a participle clause.</summary>
    private const int MaxSubjectScan = 20;

    /// <summary>How far a passive agent may follow its participle: "enregistré à 01h57 (…) à 140 km de Peshawar par l’USGS".</summary>
    private const int MaxAgentDistance = 40;

    /// <summary>How many words an outlet's name takes at most: "told the Associated Press".</summary>
    private const int MaxOutletTokens = 4;

    private static readonly WordSet OutletPrepositions = new("a à au aux to");
    private static readonly WordSet Determiners = new("le la les l' the un une a an des du de d'");
    private static readonly WordSet Of = new("de du des d' of from");
    private static readonly WordSet FrenchOf = new("de du des d' l' la le les au aux");
    private static readonly WordSet NameLinks = new("de du des d' of la l' le les the");
    private static readonly WordSet Relatives = new("que qu' qui dont that which who whom");
    private static readonly WordSet OwnerLinks = new("de du des d' of from for by");
    private static readonly WordSet Bylines = new("reported wrote reports writes reporting");
    private static readonly WordSet Days = new(
        "monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche " +
        "yesterday today soir matin");
    private static readonly WordSet Owned = new(
        "figures data statistics chiffres donnees statistiques estimations estimates rapport rapports report reports " +
        "etude etudes study studies survey enquete bilan");

    public static Attribution FindInSentence(ArticleText text, Sentence sentence)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (text.Kind(i) != TokenKind.Word)
            {
                continue;
            }

            var found = text.IsIn(i, SourceCues.CueStarts) ? AtCue(text, i, sentence.FirstToken, sentence.EndToken)
                : IsImpersonalInversion(text, i) ? Impersonal(text, i, sentence.EndToken)
                : default;
            if (found.Found)
            {
                return found.AndAlso(Citing(text, found.Token + 1, sentence.EndToken));
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
            if (text.Fold(i).Contains('-') && text.IsIn(i + 1, SourceCues.SpeechVerbs))
            {
                return new Attribution(null, IsPronoun: true, i + 1);
            }

            i++;
        }

        if (i >= end || !text.IsIn(i, SourceCues.SpeechVerbs))
        {
            return default;
        }

        var outlet = OutletAfter(text, i + 1, end, out var next);
        return Inverted(text, next, end, i).WithAlso(outlet);
    }

    private static Attribution AtCue(ArticleText text, int i, int start, int end)
    {
        if (text.Is(i, "selon") || (text.Is(i, "apres") && text.Is(i - 1, "d'")) || text.Is(i, "citing") || text.Is(i, "citant"))
        {
            return AfterSelon(text, i + 1, end, i);
        }

        if (text.Is(i, "according"))
        {
            return text.Is(i + 1, "to") ? AfterSelon(text, i + 2, end, i) : default;
        }

        // "des rapports du Pentagone indiquant", "reports from the ministry".
        if ((text.Is(i, "rapports") || text.Is(i, "rapport") || text.Is(i, "reports") || text.Is(i, "report")) &&
            (text.Is(i + 1, "du") || text.Is(i + 1, "de") || text.Is(i + 1, "des") || text.Is(i + 1, "from") || text.Is(i + 1, "by")))
        {
            return Forward(text, i + 2, end, i);
        }

        if (text.IsIn(i, SourceCues.DataNouns))
        {
            return Published(text, i, start, end);
        }

        // "le ministère a fait état d’un bilan de 19 tués".
        if (text.Is(i, "etat"))
        {
            return text.Is(i - 1, "fait") ? Spoken(text, i - 1, i, start, end) : default;
        }

        if (text.IsIn(i, SourceCues.SpeechVerbs))
        {
            return Spoken(text, i, i, start, end);
        }

        return text.IsIn(i, SourceCues.AgentParticiples) ? Agent(text, i, end, MaxAgentDistance) : default;
    }

    /// <summary>"selon X", "according to X": a rule ("selon les normes du BIT") is nobody; "les chiffres de l’Insee" is the Insee.</summary>
    private static Attribution AfterSelon(ArticleText text, int nameStart, int end, int cue)
    {
        // "selon lui", "according to her": the last person named.
        if (text.Is(nameStart, "lui") || text.Is(nameStart, "elle") || text.Is(nameStart, "him") || text.Is(nameStart, "her"))
        {
            return new Attribution(null, IsPronoun: true, cue);
        }

        if (text.IsIn(nameStart, SourceCues.NotNames))
        {
            return default;
        }

        var head = nameStart;
        while (head < end && text.IsIn(head, Determiners))
        {
            head++;
        }

        if (text.IsIn(head, SourceCues.Norms))
        {
            return default;
        }

        if (text.IsIn(head, Owned) && text.IsIn(head + 1, Of))
        {
            return Forward(text, head + 2, end, cue);
        }

        return Forward(text, nameStart, end, cue);
    }

    /// <summary>A speech verb from <paramref name="verbFirst"/> to <paramref name="verbLast"/> ("a déclaré", "fait état").</summary>
    private static Attribution Spoken(ArticleText text, int verbFirst, int verbLast, int start, int end)
    {
        // "The official death toll reported by the interior ministry": the agent speaks, not the subject.
        if (text.IsIn(verbLast + 1, SourceCues.AgentMarkers))
        {
            return Agent(text, verbLast, end, 1);
        }

        // "CNN's Antoine Crouin reported from Paris": who wrote the piece, not whom it cites.
        if (text.IsIn(verbLast, Bylines) && text.Is(verbLast + 1, "from"))
        {
            return default;
        }

        var outlet = OutletAfter(text, verbLast + 1, end, out var afterOutlet);
        var before = SkipAdverbs(text, verbFirst - 1, start);
        var auxiliary = before >= start && text.IsIn(before, SourceCues.Auxiliaries);
        if (auxiliary)
        {
            if (text.Fold(before).Contains('-'))
            {
                return new Attribution(null, IsPronoun: true, verbLast).WithAlso(outlet);
            }

            before = SkipAdverbs(text, before - 1, start);
        }

        var always = verbFirst != verbLast || text.IsIn(verbLast, SourceCues.AlwaysSpeech);
        var introducesSpeech = IntroducesSpeech(text, afterOutlet, end);
        // "…, said David Larner": a name right after the verb is its subject; "X, a spokesman, said Tuesday" is not.
        var nameFollows = afterOutlet < end && text.IsCapitalized(afterOutlet) && !text.IsIn(afterOutlet, SourceCues.NameEnds);
        var afterQuote = before > start && text.Kind(before - 1) == TokenKind.Punct && CharClass.IsClosingQuote(text.Text[text.Tokens[before - 1].Start]);
        if (before >= start && text.IsPunct(before, ',') && !afterQuote && !nameFollows && (introducesSpeech || always))
        {
            var apposition = WithApposition(text, before, start);
            if (apposition.Found)
            {
                return (apposition with { Token = verbLast }).WithAlso(outlet);
            }
        }

        // Inverted subject after a comma or a quotation ("», a déclaré X") or "comme l’explique X".
        if (before < start || text.Kind(before) == TokenKind.Punct || text.IsIn(before, SourceCues.InversionMarkers))
        {
            return Inverted(text, afterOutlet, end, verbLast).WithAlso(outlet);
        }

        if (!auxiliary && !always && !introducesSpeech)
        {
            return default;
        }

        var subject = Backward(text, before, start);
        return subject.Found ? (subject with { Token = verbLast }).WithAlso(outlet) : default;
    }

    /// <summary>"reported by the interior ministry", "mesuré par l’Institut national de la statistique".</summary>
    private static Attribution Agent(ArticleText text, int participle, int end, int maxDistance)
    {
        for (var j = participle + 1; j < end && j <= participle + maxDistance; j++)
        {
            if (text.IsIn(j, SourceCues.AgentMarkers))
            {
                return Forward(text, j + 1, end, participle);
            }

            if (text.IsIn(j, SourceCues.SpeechVerbs) || text.IsIn(j, Relatives))
            {
                break;
            }
        }

        return default;
    }

    /// <summary>"Labor Department figures show", "les chiffres de l’Insee montrent": whoever published the figures.</summary>
    private static Attribution Published(ArticleText text, int noun, int start, int end)
    {
        var shown = false;
        for (var j = noun + 1; j < end && j <= noun + 15; j++)
        {
            shown |= text.IsIn(j, SourceCues.ShowVerbs);
        }

        if (!shown)
        {
            return default;
        }

        if (text.IsIn(noun + 1, Of))
        {
            return Forward(text, noun + 2, end, noun);
        }

        var first = noun;
        while (first - 1 >= start && noun - first < MaxNameTokens && (text.IsCapitalized(first - 1) || (first - 1 > start && text.Is(first - 1, "of") && text.IsCapitalized(first - 2))))
        {
            first--;
        }

        return first < noun ? Clean(text, first, noun, noun) : default;
    }

    /// <summary>"a-t-on appris auprès de la préfecture", "précise-t-on chez le Premier", "poursuit-on au cabinet de X".</summary>
    private static Attribution Impersonal(ArticleText text, int verb, int end)
    {
        var j = verb + 1;
        if (j < end && text.Kind(j) == TokenKind.Word && !text.IsIn(j, SourceCues.ImpersonalPlaces) && !text.IsCapitalized(j))
        {
            j++;
        }

        if (!text.IsIn(j, SourceCues.ImpersonalPlaces))
        {
            return default;
        }

        return Forward(text, j + 1, end, verb);
    }

    private static bool IsImpersonalInversion(ArticleText text, int i) => text.Fold(i) is { Length: > 4 } word && word.EndsWith("-on");

    /// <summary>"BFMTV reported, citing Paris police": the source the speaker cites.</summary>
    private static Attribution Citing(ArticleText text, int from, int end)
    {
        for (var j = from; j < end; j++)
        {
            if (text.Is(j, "citing") || text.Is(j, "citant"))
            {
                return Forward(text, j + 1, end, j);
            }
        }

        return default;
    }

    private static Attribution AndAlso(this Attribution attribution, Attribution other) =>
        other.Name is null ? attribution : attribution.WithAlso(other.Name).WithAlso(other.Also);

    /// <summary>The outlet a speaker talks to: "told Reuters", "a assuré à l’AFP", "told the Associated Press".</summary>
    private static string? OutletAfter(ArticleText text, int i, int end, out int next)
    {
        next = i;
        var j = i;
        if (text.IsIn(j, OutletPrepositions))
        {
            j++;
        }

        if (text.Is(j, "l'") || text.Is(j, "la") || text.Is(j, "le") || text.Is(j, "the"))
        {
            j++;
        }

        // The shortest run of capitals that names an outlet, and the outlet words after it ("CBC News"):
        // "à l’AFP François Jobard" is the AFP, then the speaker.
        for (var k = j + 1; k <= end && k - j <= MaxOutletTokens && text.IsCapitalized(k - 1); k++)
        {
            if (SourceClassifier.Classify(text.Slice(j, k)) != SourceKind.Media)
            {
                continue;
            }

            while (k < end && k - j < MaxOutletTokens && text.IsCapitalized(k) && SourceClassifier.IsMediaWord(text.Fold(k)))
            {
                k++;
            }

            next = k;
            return text.Slice(j, k);
        }

        return null;
    }

    private static int SkipAdverbs(ArticleText text, int i, int start)
    {
        while (i >= start && text.Kind(i) == TokenKind.Word && !text.IsCapitalized(i) && (text.IsIn(i, SourceCues.Adverbs) || EndsInLy(text, i)))
        {
            i--;
        }

        return i;
    }

    private static bool EndsInLy(ArticleText text, int i) => text.Fold(i) is { Length: > 4 } word && word.EndsWith("ly");

    /// <summary>
    /// "Samuel Greene, un expert de la Russie, affirme que": the subject is before the apposition, unless
    /// the apposition is the name ("Le secrétaire à la Défense, Lloyd Austin, a déclaré").
    /// </summary>
    private static Attribution WithApposition(ArticleText text, int comma, int start)
    {
        var open = comma - 1;
        while (open >= start && comma - open < 16 && !text.IsPunct(open, ',') && !IsQuote(text, open))
        {
            open--;
        }

        if (open < start || !text.IsPunct(open, ','))
        {
            return default;
        }

        // ", who requested anonymity,": a relative clause, not a name.
        var inside = text.IsIn(open + 1, SourceCues.SubjectBoundaries) ? default : Clean(text, open + 1, comma, open);
        if (inside.Name is { } name && SourceClassifier.LooksLikePersonName(name))
        {
            return inside;
        }

        var outside = Backward(text, open - 1, start);
        return outside.Found ? outside : inside;
    }

    private static bool IsQuote(ArticleText text, int i) =>
        text.Kind(i) == TokenKind.Punct && (CharClass.IsOpeningQuote(text.Text[text.Tokens[i].Start]) || CharClass.IsClosingQuote(text.Text[text.Tokens[i].Start]));

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
        // "A US report issued on Tuesday on behalf of a panel said": the subject is the noun before its participle.
        var first = last + 1;
        while (first - 1 >= start && last - first + 2 <= MaxSubjectScan)
        {
            var j = first - 1;
            if (IsNameBreak(text, j))
            {
                break;
            }

            if (text.IsIn(j, SourceCues.SubjectBoundaries))
            {
                break;
            }

            first = j;
        }

        for (var j = first + 1; j <= last; j++)
        {
            if (!text.IsCapitalized(j) && text.IsIn(j, SourceCues.AgentParticiples))
            {
                last = j - 1;
                break;
            }
        }

        if (last - first + 1 > MaxNameTokens || (first - 1 >= start && last - first + 2 > MaxSubjectScan && text.Kind(first - 1) != TokenKind.Punct))
        {
            return default;
        }

        // "Poutine n’a pas explicitement reconnu": the subject ends where the verb phrase starts.
        for (var j = first + 1; j <= last; j++)
        {
            if (text.IsIn(j, SourceCues.Verbal) && !text.IsCapitalized(j) && text.Raw(j) is not "à")
            {
                last = j - 1;
                break;
            }
        }

        // "China on Friday said": the day is not part of the name.
        if (last - 2 >= first && text.IsIn(last, Days) && (text.Is(last - 1, "on") || text.Is(last - 1, "ce") || text.Is(last - 1, "le")))
        {
            last -= 2;
        }

        first = AfterEnglishPredicate(text, first, last);
        var subject = Clean(text, first, last + 1, first);
        return subject.Name is null ? subject : subject.WithAlso(PrecedingConjuncts(text, first, start));
    }

    /// <summary>
    /// "which Buonassissi thought the pilot said": in English a lower-case word right after a capital that
    /// is neither a link, a job nor a body starts a new phrase; the subject is what follows. French puts
    /// adjectives after names ("Emmanuel Macron lui-même"), so a phrase with French links is left alone.
    /// </summary>
    private static int AfterEnglishPredicate(ArticleText text, int first, int last)
    {
        var cut = first;
        // The last word is the head noun ("US report", "Estimations américaines"), never a predicate.
        for (var j = first + 1; j < last; j++)
        {
            if (text.IsIn(j, FrenchOf))
            {
                return first;
            }

            if (text.IsCapitalized(j - 1) && !text.IsIn(j - 1, SourceCues.Leading) && text.Kind(j) == TokenKind.Word && !text.IsCapitalized(j) && !text.IsIn(j, NameSplitter.FunctionWords) &&
                !text.IsIn(j, NameSplitter.TitleWords) && !SourceClassifier.IsHeadWord(text.Fold(j)) && !IsPossessive(text, j - 1))
            {
                cut = j + 1;
            }
        }

        return cut;
    }

    /// <summary>A member of a list of sources: short, and without a verb or an adverb in it.</summary>
    private static bool LooksLikeName(ArticleText text, int first, int end)
    {
        if (end - first > 6)
        {
            return false;
        }

        for (var j = first; j < end; j++)
        {
            if (!text.IsCapitalized(j) && (text.IsIn(j, SourceCues.Verbal) || text.IsIn(j, SourceCues.Adverbs) || EndsInLy(text, j)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Friends of the Earth, the World Development Movement, and War on Want said": every member of the list.</summary>
    private static List<string>? PrecedingConjuncts(ArticleText text, int first, int start)
    {
        var k = first - 1;
        if (k < start || !text.IsIn(k, SourceCues.Conjunctions))
        {
            return null;
        }

        k--;
        if (text.IsPunct(k, ','))
        {
            k--;
        }

        List<string>? names = null;
        for (var n = 0; n < 4 && k >= start; n++)
        {
            var b = k;
            while (b >= start && k - b < MaxNameTokens && !IsNameBreak(text, b) && !text.IsIn(b, SourceCues.SubjectBoundaries))
            {
                b--;
            }

            var conjunct = LooksLikeName(text, b + 1, k + 1) ? Clean(text, b + 1, k + 1, b + 1) : default;
            if (conjunct.Name is null)
            {
                break;
            }

            (names ??= []).Add(conjunct.Name);
            if (conjunct.Also is not null)
            {
                names.AddRange(conjunct.Also);
            }

            if (!text.IsPunct(b, ','))
            {
                break;
            }

            k = b - 1;
        }

        return names;
    }

    private static bool IsNameBreak(ArticleText text, int i) =>
        text.Kind(i) == TokenKind.Punct && (text.Raw(i) is not ("-" or "'" or "’" or ".") || IsSpacedDash(text, i));

    /// <summary>"BEIJING -- China said": a dash between spaces parts a dateline from the sentence.</summary>
    private static bool IsSpacedDash(ArticleText text, int i) => text.Raw(i) is "-" && !text.Tokens[i].Glued;

    private static Attribution Inverted(ArticleText text, int verb, int end, int cue)
    {
        var i = verb;
        while (i < end && (text.IsIn(i, SourceCues.NameEnds) && !text.IsIn(i, SourceCues.Leading)))
        {
            i++;
        }

        var found = Forward(text, i, end, cue, out var stop);
        // An inverted subject ends the clause ("said John Smith.", "a déclaré X lors de", "ont ajouté X et Y"); a
        // name that runs into more words ("says Seattle's sex industry has grown") was the start of what is said.
        if (found.Name is not null && stop < end && text.Kind(stop) != TokenKind.Punct && !text.IsIn(stop, SourceCues.NameEnds) &&
            !text.IsIn(stop, SourceCues.SubjectBoundaries))
        {
            return default;
        }

        if (found.Name is null || SourceClassifier.LooksLikePersonName(found.Name) || !text.IsPunct(stop, ','))
        {
            return found;
        }

        // "a déclaré le porte-parole du ministère, Zemaraï Bashary": the name after the title speaks.
        var k = stop + 1;
        while (k < end && k - stop <= 4 && text.IsCapitalized(k))
        {
            k++;
        }

        return k - stop > 2 && (k == end || text.Kind(k) == TokenKind.Punct)
            ? new Attribution(text.Slice(stop + 1, k), IsPronoun: false, cue).WithAlso(found.Name).WithAlso(found.Also)
            : found;
    }

    private static Attribution Forward(ArticleText text, int first, int end, int cue) => Forward(text, first, end, cue, out _);

    private static Attribution Forward(ArticleText text, int first, int end, int cue, out int stop)
    {
        // "said the report for the US-China Commission", "selon un rapport du CSF": whoever wrote it.
        var head = first;
        while (head < end && text.IsIn(head, Determiners))
        {
            head++;
        }

        if (text.IsIn(head, Owned) && text.IsIn(head + 1, OwnerLinks))
        {
            first = head + 2;
        }

        var last = first;
        var capital = false;
        var french = false;
        while (last < end && last - first < MaxNameTokens)
        {
            // "selon M. Dupont": the period of a title is part of the name.
            if (text.Kind(last) == TokenKind.Punct && text.Raw(last) is not ("-" or "'" or "’") &&
                !(text.IsPunct(last, '.') && last > first && text.IsCapitalized(last - 1) &&
                  (text.IsIn(last - 1, Abbreviations.Words) || (text.Tokens[last - 1].Length == 1 && last + 1 < end && text.IsCapitalized(last + 1)))))
            {
                break;
            }

            if (last > first && (text.IsIn(last, SourceCues.NameEnds) || text.IsIn(last, SourceCues.SubjectBoundaries) ||
                                 (!text.IsCapitalized(last) && (text.IsIn(last, SourceCues.SpeechVerbs) || text.IsIn(last, SourceCues.ShowVerbs) || text.IsIn(last, SourceCues.Verbal) ||
                                                                text.IsIn(last, SourceCues.Adverbs) || EndsInLy(text, last)))))
            {
                break;
            }

            // English puts adjectives before the noun: "Ministry of Commerce come as" ends at "come";
            // French after it: "ministère de la Transition énergétique" goes on.
            if (capital && !french && text.Kind(last) == TokenKind.Word && !text.IsCapitalized(last) && !text.IsIn(last, NameLinks) &&
                !SourceClassifier.IsHeadWord(text.Fold(last)))
            {
                break;
            }

            capital |= text.IsCapitalized(last);
            french |= text.IsIn(last, FrenchOf);
            last++;
        }

        stop = last;
        var found = Clean(text, first, last, cue);
        // "US-China Economic and Security Review Commission" is one body: the "and" joins two halves of a name.
        if (found.Name is not null && last + 1 < end && text.IsIn(last, SourceCues.Conjunctions) && text.IsCapitalized(last - 1) && text.IsCapitalized(last + 1) &&
            !SourceClassifier.HasKeyword(found.Name))
        {
            var rest = Forward(text, last + 1, end, cue, out var restStop);
            if (rest.Name is not null && SourceClassifier.HasKeyword(rest.Name) && restStop - first <= MaxNameTokens)
            {
                stop = restStop;
                return Clean(text, first, restStop, cue);
            }
        }

        // "ont ajouté les pompiers et la préfecture", "according to Le Parisien and CNN".
        if (found.Name is not null && last < end && text.IsIn(last, SourceCues.Conjunctions) && !text.IsIn(last + 1, Of))
        {
            var next = Forward(text, last + 1, end, cue, out _);
            if (next.Name is not null)
            {
                found = found.WithAlso(next.Name).WithAlso(next.Also);
            }
        }

        return found;
    }

    private static Attribution Clean(ArticleText text, int first, int end, int cue)
    {
        // "according to Le Parisien": an article inside a title stays; "the country’s interior ministry" loses its possessor.
        while (first < end && ((text.IsIn(first, SourceCues.Leading) && !KeepsArticle(text, first, end)) || text.Kind(first) != TokenKind.Word ||
                               (!text.IsCapitalized(first) && first + 1 < end && IsPossessive(text, first))))
        {
            first++;
        }

        while (end > first && (text.Kind(end - 1) != TokenKind.Word || (end - 1 > first && text.IsIn(end - 1, SourceCues.Leading) && !text.IsCapitalized(end - 1))))
        {
            end--;
        }

        // "according to China's": the name was cut before its noun.
        if (first >= end || text.IsIn(first, SourceCues.Impersonal) || IsPossessive(text, end - 1))
        {
            return default;
        }

        if (text.IsIn(first, SourceCues.Pronouns))
        {
            return new Attribution(null, IsPronoun: true, cue);
        }

        if (end - first > MaxNameTokens)
        {
            return default;
        }

        var name = text.Slice(first, end);
        return SourceClassifier.IsPlausible(name) ? NameSplitter.Split(text, first, end, cue) : default;
    }

    private static bool KeepsArticle(ArticleText text, int first, int end) =>
        first + 1 < end && first > 0 && text.IsCapitalized(first) && text.IsCapitalized(first + 1) && text.Kind(first - 1) == TokenKind.Word &&
        text.Fold(first) is "le" or "la" or "les" or "the";

    internal static bool IsPossessive(ArticleText text, int i)
    {
        var raw = text.Raw(i);
        return raw.Length > 2 && (raw.EndsWith("'s") || raw.EndsWith("’s"));
    }
}
