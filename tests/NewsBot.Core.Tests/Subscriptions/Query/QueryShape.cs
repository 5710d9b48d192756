using NewsBot.Core.Subscriptions.Matching;
using NewsBot.Core.Subscriptions.Query;

namespace NewsBot.Core.Tests.Subscriptions.Query;

/// <summary>Writes a parsed query as an S-expression, so a test can assert its structure.</summary>
internal static class QueryShape
{
    public static string Of(string query, AliasTable? aliases = null) => Show(TopicQuery.Parse(query, aliases ?? AliasTable.Empty).Root);

    private static string Show(QueryNode node) => node switch
    {
        TextNode { Proximity: { } n } text => $"\"{string.Join(' ', text.Sequence.Keys)}\"~{n}",
        TextNode text when text.Sequence.Count > 1 => $"\"{string.Join(' ', text.Sequence.Keys)}\"",
        TextNode text => text.Sequence.Keys[0],
        AliasNode alias => $"alias({alias.Typed})",
        PrefixNode prefix => prefix.Prefix + "*",
        FilterNode filter => $"{filter.Kind}:{filter.Value}",
        NotNode not => $"(not {Show(not.Child)})",
        AndNode and => $"(and {string.Join(' ', and.Children.Select(Show))})",
        OrNode or => $"(or {string.Join(' ', or.Children.Select(Show))})",
        _ => "?",
    };
}
