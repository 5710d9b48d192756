using System.Diagnostics.CodeAnalysis;
using NewsBot.Core.Subscriptions.Matching;

namespace NewsBot.Core.Subscriptions.Query;

/// <summary>
/// A parsed topic query. Grammar: words and "quoted phrases"; <c>AND</c>, <c>OR</c>, <c>NOT</c> (or
/// <c>-term</c>) and parentheses, AND implied between terms and binding tighter than OR; <c>word*</c>
/// for a prefix; <c>"a b"~N</c> for words at most N words further apart than in the phrase, in any
/// order; filters <c>lang:fr</c>, <c>source:reuters</c>, <c>feed:NAME</c>, <c>has:figure</c>.
/// Case, accents, French elision, hyphens and plurals do not matter; names of the alias table match
/// every name of their group.
/// </summary>
public sealed class TopicQuery
{
    private TopicQuery(string text, QueryNode root, int terms, int depth)
    {
        Text = text;
        Root = root;
        Terms = terms;
        Depth = depth;
    }

    /// <summary>The query as typed.</summary>
    public string Text { get; }

    internal QueryNode Root { get; }

    /// <summary>Words, phrase words and prefixes, counted before alias expansion.</summary>
    public int Terms { get; }

    /// <summary>Levels of parentheses, 0 when there are none.</summary>
    public int Depth { get; }

    /// <exception cref="TopicQueryException">The query cannot be used; its <see cref="TopicQueryException.Error"/> says why and where.</exception>
    public static TopicQuery Parse(string text, AliasTable aliases)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(aliases);
        if (text.Length > QueryLimits.MaxLength)
        {
            throw new TopicQueryException(new QueryError(
                $"the query is too long ({text.Length} characters, at most {QueryLimits.MaxLength})", QueryLimits.MaxLength + 1));
        }

        var parser = new QueryParser(QueryLexer.Lex(text), aliases);
        var root = parser.Parse();
        if (!LooksForSomething(root))
        {
            throw new TopicQueryException(new QueryError(
                "the query needs a word or phrase to look for; NOT and filters only narrow it", root.Position + 1));
        }

        return new TopicQuery(text, root, parser.Terms, parser.Depth);
    }

    public static bool TryParse(string text, AliasTable aliases, [NotNullWhen(true)] out TopicQuery? query, [NotNullWhen(false)] out QueryError? error)
    {
        try
        {
            query = Parse(text, aliases);
            error = null;
            return true;
        }
        catch (TopicQueryException ex) when (ex.Error is not null)
        {
            query = null;
            error = ex.Error;
            return false;
        }
    }

    public override string ToString() => Text;

    /// <summary>Whether every match needs some word of the article, so the index has something to select it by.</summary>
    private static bool LooksForSomething(QueryNode node) => node switch
    {
        TextNode or AliasNode or PrefixNode => true,
        AndNode and => and.Children.Any(LooksForSomething),
        OrNode or => or.Children.All(LooksForSomething),
        _ => false,
    };
}
