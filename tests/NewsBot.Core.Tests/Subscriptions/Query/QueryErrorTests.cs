using NewsBot.Core.Subscriptions.Matching;
using NewsBot.Core.Subscriptions.Query;

namespace NewsBot.Core.Tests.Subscriptions.Query;

public sealed class QueryErrorTests
{
    [Theory]
    [InlineData("ukraine AND (russia", "unbalanced parenthesis at 13", 13)]
    [InlineData("ukraine russia) OR delta", "unbalanced parenthesis at 15", 15)]
    [InlineData("ukraine NOT", "NOT needs a term after it at 9", 9)]
    [InlineData("ukraine -", "'-' needs a term right after it at 9", 9)]
    [InlineData("AND ukraine", "AND needs a term before it at 1", 1)]
    [InlineData("OR ukraine", "OR needs a term before it at 1", 1)]
    [InlineData("ukraine OR", "OR needs a term after it at 9", 9)]
    [InlineData("ukraine AND", "AND needs a term after it at 9", 9)]
    [InlineData("ukraine AND OR russia", "AND needs a term after it at 9", 9)]
    [InlineData("ukraine ()", "empty parentheses at 9", 9)]
    [InlineData("\"corée du nord", "the quote is never closed at 1", 1)]
    [InlineData("\"corée du\"~", "~ needs a number from 0 to 20 at 11", 11)]
    [InlineData("\"corée du\"~99", "~ needs a number from 0 to 20 at 11", 11)]
    [InlineData("corée~3", "~N only follows a quoted phrase at 6", 6)]
    [InlineData("uk*raine", "* only goes at the end of a word at 3", 3)]
    [InlineData("uk*", "a prefix needs at least 3 letters before * at 1", 1)]
    [InlineData("ukraine lang:de", "lang: takes fr or en at 9", 9)]
    [InlineData("ukraine has:photo", "has: takes figure at 9", 9)]
    [InlineData("ukraine color:red", "unknown filter 'color:' (use lang:, source:, feed: or has:) at 9", 9)]
    [InlineData("ukraine source:", "source: needs a value at 9", 9)]
    [InlineData("ukraine !!!", "'!!!' has no letters or digits at 9", 9)]
    [InlineData("\"l'\"", "nothing to search for in the phrase at 1", 1)]
    [InlineData("   ", "the query is empty", 1)]
    [InlineData("NOT ukraine", "the query needs a word or phrase to look for; NOT and filters only narrow it", 1)]
    [InlineData("lang:fr has:figure", "the query needs a word or phrase to look for; NOT and filters only narrow it", 1)]
    [InlineData("ukraine OR -russia", "the query needs a word or phrase to look for; NOT and filters only narrow it", 1)]
    public void Parse_BadQuery_SaysWhatAndWhere(string query, string message, int position)
    {
        Assert.False(TopicQuery.TryParse(query, AliasTable.Empty, out _, out var error));
        Assert.Equal(message, error.Message);
        Assert.Equal(position, error.Position);
    }

    [Fact]
    public void Parse_TooLong_IsRefused()
    {
        var query = string.Join(' ', Enumerable.Repeat("ukraine", 70));

        var error = Assert.Throws<TopicQueryException>(() => TopicQuery.Parse(query, AliasTable.Empty)).Error!;

        Assert.Equal($"the query is too long ({query.Length} characters, at most 500)", error.Message);
    }

    [Fact]
    public void Parse_TooManyTerms_PointsAtTheFirstOneOver()
    {
        var query = string.Join(' ', Words(21));

        Assert.False(TopicQuery.TryParse(query, AliasTable.Empty, out _, out var error));

        Assert.Equal($"too many terms (at most 20 words) at {query.LastIndexOf(' ') + 2}", error.Message);
    }

    [Fact]
    public void Parse_TwentyTerms_IsAccepted() =>
        Assert.True(TopicQuery.TryParse(string.Join(' ', Words(20)), AliasTable.Empty, out _, out _));

    [Fact]
    public void Parse_TooDeep_PointsAtTheParenthesisOver()
    {
        Assert.True(TopicQuery.TryParse("(((((ukraine)))))", AliasTable.Empty, out _, out _));

        Assert.False(TopicQuery.TryParse("((((((ukraine))))))", AliasTable.Empty, out _, out var error));

        Assert.Equal("too deeply nested (at most 5 levels of parentheses) at 6", error.Message);
    }

    private static IEnumerable<string> Words(int count) =>
        Enumerable.Range(0, count).Select(i => $"mot{(char)('a' + i / 26)}{(char)('a' + i % 26)}");
}
