using System.Globalization;
using NewsBot.Core.Subscriptions.Query;

namespace NewsBot.Core.Commands.Why;

/// <summary>Splits a parsed topic query into its terms and filters, each with its polarity, to test them one by one.</summary>
internal static class QueryLeaves
{
    public static IReadOnlyList<QueryLeaf> Of(TopicQuery query)
    {
        var tokens = QueryLexer.Lex(query.Text).ToDictionary(t => t.Position);
        var leaves = new List<QueryLeaf>();
        Collect(query.Root, negated: false, tokens, leaves);
        return leaves;
    }

    private static void Collect(QueryNode node, bool negated, Dictionary<int, QueryToken> tokens, List<QueryLeaf> leaves)
    {
        switch (node)
        {
            case AndNode and:
                and.Children.ToList().ForEach(c => Collect(c, negated, tokens, leaves));
                break;
            case OrNode or:
                or.Children.ToList().ForEach(c => Collect(c, negated, tokens, leaves));
                break;
            case NotNode not:
                Collect(not.Child, !negated, tokens, leaves);
                break;
            case FilterNode filter:
                leaves.Add(new QueryLeaf($"{Name(filter.Kind)}:{filter.Value}", negated, filter));
                break;
            case PrefixNode prefix:
                leaves.Add(new QueryLeaf(prefix.Typed, negated, null));
                break;
            case AliasNode alias:
                leaves.Add(new QueryLeaf(IsPhrase(alias.Position, tokens) ? $"\"{alias.Typed}\"" : alias.Typed, negated, null));
                break;
            case TextNode text when tokens.TryGetValue(text.Position, out var token):
                leaves.Add(new QueryLeaf(Written(token), negated, null));
                break;
        }
    }

    private static bool IsPhrase(int position, Dictionary<int, QueryToken> tokens) =>
        tokens.TryGetValue(position, out var token) && token.Kind == QueryTokenKind.Phrase;

    private static string Written(QueryToken token) => token.Kind != QueryTokenKind.Phrase
        ? token.Text
        : token.Proximity is { } near ? $"\"{token.Text}\"~{near.ToString(CultureInfo.InvariantCulture)}" : $"\"{token.Text}\"";

    public static string Name(FilterKind kind) => kind switch
    {
        FilterKind.Language => "lang",
        FilterKind.Feed => "feed",
        FilterKind.HasFigure => "has",
        _ => "source",
    };
}
