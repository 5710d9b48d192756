using NewsBot.Core.Sentences;
using NewsBot.Core.Text;

namespace NewsBot.Core.Sources;

/// <summary>
/// Gathers the article's sources once each: attributions, photo credits ("(KCNA via Reuters)",
/// "Crédit : Reuters") and a closing "Les sources de cet article incluent : ..." list.
/// </summary>
internal sealed class SourceCollector
{
    private static readonly WordSet ListFillers = new(
        "declarations statements informations rapports reports donnees data communiques communique du de des d' la le les l' the " +
        "of from et and");

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

        if (text.IsPunct(sentence.EndToken - 1, ')'))
        {
            var open = sentence.EndToken - 1;
            while (open > sentence.FirstToken && sentence.EndToken - open < 16 && !text.IsPunct(open, '('))
            {
                open--;
            }

            if (text.IsPunct(open, '('))
            {
                AddCredit(text, open + 1, sentence.EndToken - 1);
            }
        }
    }

    /// <summary>"KCNA via Reuters" credits both; "Gleb Garanich/Reuters" credits the agency, not the photographer.</summary>
    private void AddCredit(ArticleText text, int first, int end)
    {
        var credit = text.Slice(first, end);
        if (credit.Length > 60 || (!credit.Contains('/', StringComparison.Ordinal) && !credit.Contains(" via ", StringComparison.Ordinal)))
        {
            return;
        }

        foreach (var part in credit.Split(" via "))
        {
            var name = part[(part.LastIndexOf('/') + 1)..].Trim();
            if (name.Length > 1 && !name.Equals("Pool", StringComparison.OrdinalIgnoreCase))
            {
                Add(name);
            }
        }
    }

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
