using NewsBot.Core.Text;

namespace NewsBot.Core.Sources;

/// <summary>
/// Separates a speaker from the body named with them: "War on Want’s John Hilary", "State Administration of
/// Taxation head Xie Xuren", "David Larner of Lloyds". The person is the attribution; the body is cited too.
/// A title written before the name ("M. Dupont", "President Macron") stays part of it.
/// </summary>
internal static class NameSplitter
{
    private const int MinPersonWords = 2;

    /// <summary>Job titles written in lower case before a name: "tax chief Xie Xuren", "le porte-parole Jean Dupont".</summary>
    internal static readonly WordSet TitleWords = new(
        "head chief spokesman spokeswoman spokesperson minister director president secretary governor mayor leader " +
        "chairman chairwoman ceo analyst economist professor commander porte-parole directeur directrice presidente " +
        "ministre secretaire gouverneur maire chef dirigeant dirigeante patron patronne previsionniste");

    private static readonly WordSet Of = new("of de du d'");

    internal static readonly WordSet FunctionWords = new(
        "de du des d' l' la le les the of a an and et for pour from by par with avec to au aux at in en on sur");

    public static Attribution Split(ArticleText text, int first, int end, int cue)
    {
        for (var k = first; k < end - MinPersonWords; k++)
        {
            // "War on Want’s John Hilary", "CNN’s Antoine Crouin".
            if (text.IsCapitalized(k) && AttributionFinder.IsPossessive(text, k) && IsNameRun(text, k + 1, end))
            {
                var body = text.Slice(first, k + 1);
                return Person(text, k + 1, end, cue, body[..^2]);
            }

            // "State Administration of Taxation head Xie Xuren", "first baseman Anthony Rizzo": a lower-case
            // word before a name is a job, and the name is the person's ("la Transition Énergétique" is not).
            if (!text.IsCapitalized(k) && text.Kind(k) == TokenKind.Word && !text.IsIn(k, FunctionWords) && IsNameRun(text, k + 1, end) &&
                (text.IsIn(k, TitleWords) || SourceClassifier.Classify(text.Slice(k + 1, end)) == SourceKind.Person))
            {
                // "Chief executive Doug Parker": a capitalized title alone is no body.
                var body = text.Slice(first, k);
                var isBody = SourceClassifier.HasKeyword(body) || (k - first >= 2 && HasCapital(body));
                return Person(text, k + 1, end, cue, isBody ? body : null);
            }
        }

        // "David Larner of Lloyds": a person of a body.
        for (var k = first + MinPersonWords; k < end - 1; k++)
        {
            if (!text.IsIn(k, Of))
            {
                continue;
            }

            // "Joint Chiefs of Staff" is a body: a plural before "of" is not a surname.
            var person = text.Slice(first, k);
            if (IsNameRun(text, first, k) && SourceClassifier.Classify(person) == SourceKind.Person && text.IsCapitalized(end - 1) &&
                !text.Fold(k - 1).EndsWith('s'))
            {
                return Person(text, first, k, cue, text.Slice(k + 1, end));
            }

            break;
        }

        return new Attribution(text.Slice(first, end), IsPronoun: false, cue);
    }

    private static Attribution Person(ArticleText text, int first, int end, int cue, string? body) =>
        new Attribution(text.Slice(first, end), IsPronoun: false, cue).WithAlso(body);

    private static bool IsNameRun(ArticleText text, int first, int end)
    {
        var words = 0;
        for (var i = first; i < end; i++)
        {
            if (text.IsCapitalized(i))
            {
                words++;
            }
            else if (text.Kind(i) != TokenKind.Punct || text.Raw(i) is not ("-" or "."))
            {
                return false;
            }
        }

        return words >= MinPersonWords;
    }

    private static bool HasCapital(string name)
    {
        foreach (var c in name)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }
}
