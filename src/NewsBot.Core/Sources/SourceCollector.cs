using NewsBot.Core.Sentences;
using NewsBot.Core.Text;

namespace NewsBot.Core.Sources;

/// <summary>
/// Gathers the article's sources once each: attributions, photo credits ("(KCNA via Reuters)",
/// "Crédit : Reuters"), agency tags and datelines ("(afp/nxp)", "Paris (AFP) -", "© 2018 AFP") and a closing
/// "Les sources de cet article incluent : ..." list.
/// </summary>
internal sealed class SourceCollector
{
    private static readonly WordSet ListFillers = new(
        "declarations statements informations rapports reports donnees data communiques communique du de des d' la le les l' the " +
        "of from et and");

    /// <summary>How far a closing parenthesis is looked for: credits are short.</summary>
    private const int MaxTagTokens = 16;

    /// <summary>A tag without "/" or "via" is an outlet's name: "(AFP)", "(Reuters)", "(CBC News)".</summary>
    private const int MaxBareTagTokens = 3;

    private readonly List<CitedSource> _sources = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public IReadOnlyList<CitedSource> Sources => _sources;

    public SourceKind Add(string name)
    {
        var kind = SourceClassifier.Classify(name);
        // A lone capitalized word is a person only as the surname of one named before ("Frolova"); else a
        // body ("Apple", "Enedis").
        if (kind == SourceKind.Person && !name.Contains(' ', StringComparison.Ordinal) &&
            !_sources.Any(s => s.Kind == SourceKind.Person && s.Name.EndsWith(" " + name, StringComparison.Ordinal)))
        {
            kind = SourceKind.Organization;
        }

        if (_seen.Add(FoldTable.Fold(name)))
        {
            _sources.Add(new CitedSource { Name = name, Kind = kind });
        }

        return kind;
    }

    public void AddAll(IReadOnlyList<string>? names)
    {
        foreach (var name in names ?? [])
        {
            Add(name);
        }
    }

    public void AddCredits(ArticleText text, Sentence sentence)
    {
        var line = text.Folded.AsSpan(text.Tokens[sentence.FirstToken].Start, text.Tokens[sentence.EndToken - 1].End - text.Tokens[sentence.FirstToken].Start);
        if (line.StartsWith("credit") || line.Contains("sources de cet article", StringComparison.Ordinal) ||
            line.Contains("sources for this article", StringComparison.Ordinal))
        {
            var colon = sentence.FirstToken;
            while (colon < sentence.EndToken && !text.IsPunct(colon, ':'))
            {
                colon++;
            }

            AddList(text, colon + 1, sentence.EndToken);
        }

        if (line.StartsWith("©"))
        {
            // "© 2018 AFP": the agency whose copy this is; "© IPM Graphics" credits no outlet.
            var first = sentence.FirstToken + 1;
            while (first < sentence.EndToken && text.Kind(first) != TokenKind.Word)
            {
                first++;
            }

            if (first < sentence.EndToken && SourceClassifier.Classify(text.Slice(first, sentence.EndToken)) == SourceKind.Media)
            {
                Add(text.Slice(first, sentence.EndToken));
            }
        }

        for (var open = sentence.FirstToken; open < sentence.EndToken; open++)
        {
            if (!text.IsPunct(open, '('))
            {
                continue;
            }

            var close = open + 1;
            while (close < sentence.EndToken && close - open < MaxTagTokens && !text.IsPunct(close, ')'))
            {
                close++;
            }

            // A tag closes the sentence ("… (afp/nxp)", "Paris (CNN)") or opens a dateline ("LONDON (Reuters) -").
            if (text.IsPunct(close, ')') && (close == sentence.EndToken - 1 || IsDash(text, close + 1)))
            {
                AddTag(text, open + 1, close);
            }
        }
    }

    private static bool IsDash(ArticleText text, int i) =>
        i < text.Count && text.Kind(i) == TokenKind.Punct && text.Raw(i) is "-" or "–" or "—";

    /// <summary>
    /// "KCNA via Reuters" credits both; "Gleb Garanich/Reuters" credits the agency, not the photographer;
    /// "afp/nxp" credits the agency, not the editor's initials; "(AFP)" alone credits an outlet only.
    /// </summary>
    private void AddTag(ArticleText text, int first, int end)
    {
        var credit = text.Slice(first, end);
        if (credit.Length > 60)
        {
            return;
        }

        if (!credit.Contains('/', StringComparison.Ordinal) && !credit.Contains(" via ", StringComparison.Ordinal))
        {
            if (end - first <= MaxBareTagTokens && SourceClassifier.Classify(credit) == SourceKind.Media)
            {
                Add(credit);
            }

            return;
        }

        foreach (var part in credit.Split(" via "))
        {
            var pieces = part.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            // "AP Photo/Mahmoud Illean, File": a named outlet is the credit; otherwise the last piece is the agency.
            var anyMedia = pieces.Any(p => SourceClassifier.Classify(p) == SourceKind.Media);
            for (var k = 0; k < pieces.Length; k++)
            {
                var name = pieces[k];
                var media = SourceClassifier.Classify(name) == SourceKind.Media;
                var agency = !anyMedia && k == pieces.Length - 1 && !IsInitials(name) && !name.Equals("Pool", StringComparison.OrdinalIgnoreCase);
                if (name.Length > 1 && (media || (agency && SourceClassifier.IsPlausible(name))))
                {
                    Add(name);
                }
            }
        }
    }

    /// <summary>"nxp", "jbk": an editor's initials after the agency.</summary>
    private static bool IsInitials(string name) => name.Length <= 4 && name.All(char.IsLower);

    private void AddList(ArticleText text, int first, int end)
    {
        var start = first;
        for (var i = first; i <= end; i++)
        {
            var boundary = i == end || text.IsPunct(i, ',') || text.IsPunct(i, '.') || text.IsPunct(i, ';') || text.Is(i, "et") || text.Is(i, "and");
            if (!boundary)
            {
                continue;
            }

            var a = start;
            while (a < i && (text.IsIn(a, ListFillers) || text.Kind(a) != TokenKind.Word))
            {
                a++;
            }

            if (a < i)
            {
                Add(text.Slice(a, i));
            }

            start = i + 1;
        }
    }
}
