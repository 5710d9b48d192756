using NewsBot.Core.Commands;

namespace NewsBot.Core.Tests.Commands;

public sealed class CommandArgumentsTests
{
    [Theory]
    [InlineData("unsubscribe 3", new[] { "unsubscribe", "3" })]
    [InlineData("\"corée du nord\" ukraine", new[] { "corée du nord", "ukraine" })]
    [InlineData("“corée du nord” «Kim Jong-un»", new[] { "corée du nord", "Kim Jong-un" })]
    [InlineData("tz:\"America/New York\" x", new[] { "tz:America/New York", "x" })]
    [InlineData("l'Ukraine aujourd'hui", new[] { "l'Ukraine", "aujourd'hui" })]
    [InlineData("\"never closed here", new[] { "never closed here" })]
    [InlineData("   ", new string[0])]
    public void Parse_QuotesGroupWords_ApostrophesDoNot(string text, string[] words)
    {
        Assert.Equal(words, CommandArguments.Parse(text).Words.Select(w => w.Value));
    }

    [Fact]
    public void TakeOptions_AnywhereInTheText_LeavesTheQueryAsTyped()
    {
        var split = CommandArguments.Parse("mode:digest \"corée du nord\" OR pyongyang AT:07:30 -sport lang:fr").TakeOptions(["mode", "at", "tz", "lang"]);

        Assert.Equal("\"corée du nord\" OR pyongyang -sport", split.Rest);
        Assert.Equal(new Dictionary<string, string> { ["mode"] = "digest", ["at"] = "07:30", ["lang"] = "fr" }, split.Options);
        Assert.Null(split.Repeated);
    }

    [Fact]
    public void TakeOptions_SameOptionTwice_IsReported()
    {
        var split = CommandArguments.Parse("ukraine mode:digest mode:instant").TakeOptions(["mode"]);

        Assert.Equal("mode", split.Repeated);
    }

    [Fact]
    public void TakeOptions_QueryFilterOfAnotherName_StaysInTheQuery()
    {
        var split = CommandArguments.Parse("ukraine source:reuters tz:UTC").TakeOptions(["tz"]);

        Assert.Equal("ukraine source:reuters", split.Rest);
    }
}
