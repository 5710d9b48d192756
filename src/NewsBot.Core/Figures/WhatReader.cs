using NewsBot.Core.Language;
using NewsBot.Core.Text;

namespace NewsBot.Core.Figures;

/// <summary>
/// Finds what a number counts: the noun phrase after it ("12 000 soldats nord-coréens", "1,3 million
/// de soldats", "3,000 North Korean troops"), or for amounts and rates the phrase they belong to
/// ("le taux de chômage a atteint 7,3 %", "revenue rose to $35.1 billion").
/// </summary>
internal static class WhatReader
{
    private const int MaxWords = 4;

    private static readonly WordSet Joiners = new("de d' of du des");

    private static readonly WordSet BackwardSkips = new(
        "a à de d' of to by at par en in from est sont ont was were is are has have had s' se atteint atteignent " +
        "s'eleve eleve elevait reached rose fell grew jumped climbed dropped declined totaled totalled hit stood came " +
        "increased decreased augmente baisse progresse recule grimpe chute passe franchi depasse affiche enregistre " +
        "recorded posted reported estimated expected ete totalise represente represents atteindre reach rise fall " +
        "pour for with avec et and or ou un une the le la les l'");

    private static readonly WordSet Determiners = new("le la les l' un une the a an son sa ses leur leurs its their his her this that ce cette ces");

    private static readonly WordSet Others = new("autres other others additional supplementaires");

    /// <summary>"300,000 new jobs last month": a time phrase after the noun is not part of what is counted.</summary>
    private static readonly WordSet TimeDeterminers = new("last next this dernier derniere prochain prochaine");

    private static readonly WordSet Adverbs = new("deja already ete been tous all desormais now encore still");

    public static string? ReadAfter(ArticleText text, int i, int end, bool french, bool skipJoiner, out int whatEnd)
    {
        if (skipJoiner && i < end && text.IsIn(i, Joiners))
        {
            i++;
            if (i < end && !french && text.Is(i, "the"))
            {
                i++;
            }
        }

        // "30 autres blessées", "two other victims": the noun follows.
        if (i + 1 < end && text.IsIn(i, Others) && text.Kind(i + 1) == TokenKind.Word)
        {
            i++;
        }

        var first = i;
        var words = 0;
        while (i < end && words < MaxWords && text.Kind(i) == TokenKind.Word)
        {
            var folded = text.Fold(i);
            if (IsFunctionWord(folded) || text.IsIn(i, TimeDeterminers) || (words > 0 && LooksLikeVerb(folded, french)) ||
                (words == 0 && LooksLikeVerb(folded, french) && !LooksLikeNoun(folded) && !IsParticipleAlone(text, i, end)))
            {
                break;
            }

            // French puts adjectives after the noun, English before it: a capitalized word after the
            // first is a new phrase in French ("soldats Kim"), part of this one in English ("North Korean").
            if (french && words > 0 && text.IsCapitalized(i))
            {
                break;
            }

            words++;
            i++;
        }

        whatEnd = i;
        return words == 0 ? null : text.Slice(first, i);
    }

    /// <summary>The participle after an auxiliary when the counted noun is implied: "1500 seraient déjà arrivés".</summary>
    public static string? ReadImplied(ArticleText text, int i, int end)
    {
        if (i >= end || !IsAuxiliary(text.Fold(i)))
        {
            return null;
        }

        i++;
        while (i < end && text.IsIn(i, Adverbs))
        {
            i++;
        }

        return i < end && text.Kind(i) == TokenKind.Word && !IsFunctionWord(text.Fold(i)) ? text.Raw(i).ToString() : null;
    }

    public static bool StartsWithAuxiliary(ArticleText text, int i, int end) => i < end && text.Kind(i) == TokenKind.Word && IsAuxiliary(text.Fold(i));

    public static string? ReadBefore(ArticleText text, int i, int start)
    {
        var skipped = 0;
        while (i >= start && skipped < 8 && (text.IsIn(i, BackwardSkips) || text.Kind(i) != TokenKind.Word || LooksLikeParticiple(text.Raw(i), text.Fold(i))))
        {
            if (text.Kind(i) == TokenKind.Punct && text.Raw(i) is "," or ";" or ":" or "«" or "»" or "(" or ")")
            {
                return null;
            }

            i--;
            skipped++;
        }

        var last = i;
        var words = 0;
        while (i >= start && words < 3 && text.Kind(i) == TokenKind.Word && !text.IsIn(i, Determiners))
        {
            if (text.IsIn(i, Joiners))
            {
                if (i - 1 < start || text.Kind(i - 1) != TokenKind.Word || text.IsIn(i - 1, Determiners) || IsFunctionWord(text.Fold(i - 1)))
                {
                    break;
                }
            }
            else if (IsFunctionWord(text.Fold(i)))
            {
                break;
            }
            else
            {
                words++;
            }

            i--;
        }

        return words == 0 ? null : text.Slice(i + 1, last + 1);
    }

    /// <summary>
    /// "150 injured, many badly", "the 390,000 created in May": a participle standing for the people or things
    /// it describes, followed by punctuation or a preposition rather than by an object.
    /// </summary>
    private static bool IsParticipleAlone(ArticleText text, int i, int end) =>
        i + 1 >= end || text.Kind(i + 1) != TokenKind.Word || (IsFunctionWord(text.Fold(i + 1)) && !text.IsIn(i + 1, Determiners));

    private static bool IsFunctionWord(ReadOnlySpan<char> folded) => StopWords.IsStopWord(folded);

    private static bool IsAuxiliary(ReadOnlySpan<char> folded) => folded is
        "sont" or "seraient" or "etaient" or "ont" or "auraient" or "avaient" or "sont-ils" or "were" or "are" or "have" or "had" or
        "would" or "will" or "could" or "may" or "might" or "se" or "s'" or "ont-ils" or "seront" or "auront" or "est" or "was" or "is" or "has";

    private static bool LooksLikeVerb(ReadOnlySpan<char> folded, bool french) => french
        ? folded.EndsWith("aient") || folded.EndsWith("ait") || folded.EndsWith("erent") || folded.EndsWith("eront") || folded.EndsWith("ront")
        : folded.EndsWith("ed") && folded.Length > 4;

    private static bool LooksLikeNoun(ReadOnlySpan<char> folded) => !folded.EndsWith("ed");

    private static bool LooksLikeParticiple(ReadOnlySpan<char> raw, ReadOnlySpan<char> folded) =>
        (folded.EndsWith("ed") && folded.Length > 4) || raw.EndsWith("é") || raw.EndsWith("ée") || raw.EndsWith("és") || raw.EndsWith("ées");
}
