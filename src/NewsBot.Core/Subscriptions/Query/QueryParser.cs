using NewsBot.Core.Subscriptions.Matching;
using NewsBot.Core.Text;

namespace NewsBot.Core.Subscriptions.Query;

/// <summary>
/// Recursive descent over the query's tokens. Precedence, loosest first: <c>OR</c>, then <c>AND</c>
/// (written or implied between two terms), then <c>NOT</c> / <c>-</c>. Consecutive bare words that
/// form a name of the alias table ("north korea") become that name.
/// </summary>
internal sealed class QueryParser(List<QueryToken> tokens, AliasTable aliases)
{
    private int _next;
    private int _depth;
    private int _terms;

    /// <summary>Words, phrase words and prefixes read so far.</summary>
    public int Terms => _terms;

    /// <summary>The deepest level of parentheses read so far.</summary>
    public int Depth { get; private set; }

    /// <exception cref="TopicQueryException">The query is malformed or over a limit.</exception>
    public QueryNode Parse()
    {
        if (Peek.Kind == QueryTokenKind.End)
        {
            throw new TopicQueryException(new QueryError("the query is empty", 1));
        }

        var root = ParseOr();
        if (Peek.Kind == QueryTokenKind.Close)
        {
            throw Error("unbalanced parenthesis", Peek.Position);
        }

        return root;
    }

    private QueryToken Peek => tokens[_next];

    private QueryToken Next() => tokens[_next++];

    private QueryNode ParseOr()
    {
        var first = ParseAnd();
        List<QueryNode>? children = null;
        while (Peek.Kind == QueryTokenKind.Or)
        {
            var op = Next();
            if (!Peek.StartsTerm)
            {
                throw Error("OR needs a term after it", op.Position);
            }

            (children ??= [first]).Add(ParseAnd());
        }

        return children is null ? first : new OrNode(first.Position, children);
    }

    private QueryNode ParseAnd()
    {
        if (Peek.Kind is QueryTokenKind.And or QueryTokenKind.Or)
        {
            throw Error($"{Peek.Text} needs a term before it", Peek.Position);
        }

        var first = ParseUnary();
        List<QueryNode>? children = null;
        while (true)
        {
            if (Peek.Kind == QueryTokenKind.And)
            {
                var op = Next();
                if (!Peek.StartsTerm)
                {
                    throw Error("AND needs a term after it", op.Position);
                }
            }
            else if (!Peek.StartsTerm)
            {
                break;
            }

            (children ??= [first]).Add(ParseUnary());
        }

        return children is null ? first : new AndNode(first.Position, children);
    }

    private QueryNode ParseUnary()
    {
        if (Peek.Kind is QueryTokenKind.Not or QueryTokenKind.Minus)
        {
            var op = Next();
            if (!Peek.StartsTerm)
            {
                throw Error(op.Kind == QueryTokenKind.Not ? "NOT needs a term after it" : "'-' needs a term right after it", op.Position);
            }

            return new NotNode(op.Position, ParseUnary());
        }

        return ParsePrimary();
    }

    private QueryNode ParsePrimary()
    {
        var token = Next();
        switch (token.Kind)
        {
            case QueryTokenKind.Open:
                return ParseGroup(token);
            case QueryTokenKind.Word:
                return ParseWords(token);
            case QueryTokenKind.Phrase:
                return ParsePhrase(token);
            case QueryTokenKind.Prefix:
                return ParsePrefix(token);
            case QueryTokenKind.Filter:
                return ParseFilter(token);
            case QueryTokenKind.Close:
                throw Error("unbalanced parenthesis", token.Position);
            default:
                throw Error($"{token.Text} needs a term before it", token.Position);
        }
    }

    private QueryNode ParseGroup(QueryToken open)
    {
        Depth = Math.Max(Depth, ++_depth);
        if (_depth > QueryLimits.MaxDepth)
        {
            throw Error($"too deeply nested (at most {QueryLimits.MaxDepth} levels of parentheses)", open.Position);
        }

        if (Peek.Kind == QueryTokenKind.Close)
        {
            throw Error("empty parentheses", open.Position);
        }

        var inner = ParseOr();
        if (Peek.Kind != QueryTokenKind.Close)
        {
            throw Error("unbalanced parenthesis", open.Position);
        }

        Next();
        _depth--;
        return inner;
    }

    private QueryNode ParseWords(QueryToken first)
    {
        var run = new List<(QueryToken Token, TermSequence Words)> { (first, Analyze(first)) };
        while (run.Count < Math.Max(1, aliases.MaxWords) && _next + run.Count - 1 < tokens.Count && tokens[_next + run.Count - 1] is { Kind: QueryTokenKind.Word } following)
        {
            run.Add((following, Analyze(following)));
        }

        for (var n = run.Count; n >= 1; n--)
        {
            var joined = string.Join(' ', run.Take(n).SelectMany(w => w.Words.Keys));
            var found = aliases.TryFind(joined, out var group)
                || (n == 1 && TermWalker.IsAcronym(first.Text) && aliases.TryFindAcronym(first.Text, out group));
            if (found)
            {
                _next += n - 1;
                var last = run[n - 1].Token;
                var typed = string.Join(' ', run.Take(n).Select(w => w.Token.Text));
                Count(run.Take(n).Sum(w => w.Words.Count), first.Position);
                return new AliasNode(first.Position, typed, group!);
            }
        }

        Count(run[0].Words.Count, first.Position);
        return new TextNode(first.Position, run[0].Words, null);
    }

    private QueryNode ParsePhrase(QueryToken token)
    {
        var words = TermSequence.Analyze(token.Text);
        if (words.Count == 0)
        {
            throw Error("nothing to search for in the phrase", token.Position);
        }

        Count(words.Count, token.Position);
        return token.Proximity is null && aliases.TryFind(words.Joined, out var group)
            ? new AliasNode(token.Position, token.Text, group)
            : new TextNode(token.Position, words, token.Proximity);
    }

    private PrefixNode ParsePrefix(QueryToken token)
    {
        var folded = FoldTable.Fold(token.Text);
        if (folded.Any(c => !CharClass.IsWordChar(c) && !char.IsAsciiDigit(c)))
        {
            throw Error("* only ends a single word", token.Position);
        }

        if (folded.Length < QueryLimits.MinPrefixLength)
        {
            throw Error($"a prefix needs at least {QueryLimits.MinPrefixLength} letters before *", token.Position);
        }

        Count(1, token.Position);
        return new PrefixNode(token.Position, token.Text + "*", folded);
    }

    private static FilterNode ParseFilter(QueryToken token)
    {
        var value = FoldTable.Fold(token.Text);
        return token.FilterName switch
        {
            "lang" when value is "fr" or "en" => new FilterNode(token.Position, FilterKind.Language, value),
            "lang" => throw Error("lang: takes fr or en", token.Position),
            "has" when value is "figure" or "figures" => new FilterNode(token.Position, FilterKind.HasFigure, "figure"),
            "has" => throw Error("has: takes figure", token.Position),
            "feed" => new FilterNode(token.Position, FilterKind.Feed, value),
            _ => SourceFilter(token, value),
        };
    }

    private static FilterNode SourceFilter(QueryToken token, string value) =>
        TermSequence.Analyze(value).Count == 0
            ? throw Error("source: needs a name", token.Position)
            : new FilterNode(token.Position, FilterKind.Source, value);

    private static TermSequence Analyze(QueryToken word)
    {
        var words = TermSequence.Analyze(word.Text);
        return words.Count == 0 ? throw Error($"'{word.Text}' has no letters or digits", word.Position) : words;
    }

    private void Count(int terms, int position)
    {
        _terms += terms;
        if (_terms > QueryLimits.MaxTerms)
        {
            throw Error($"too many terms (at most {QueryLimits.MaxTerms} words)", position);
        }
    }

    private static TopicQueryException Error(string what, int index) => new(QueryError.At(what, index));
}
