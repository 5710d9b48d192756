namespace NewsBot.Core.Tests.Subscriptions.Query;

public sealed class QueryGrammarTests
{
    [Theory]
    [InlineData("ukraine", "ukrain")]
    [InlineData("ukraine russia", "(and ukrain russia)")]
    [InlineData("ukraine AND russia", "(and ukrain russia)")]
    [InlineData("ukraine OR russia", "(or ukrain russia)")]
    [InlineData("ukraine NOT russia", "(and ukrain (not russia))")]
    [InlineData("ukraine -russia", "(and ukrain (not russia))")]
    [InlineData("-(alpha OR bravo) ukraine", "(and (not (or alpha bravo)) ukrain)")]
    [InlineData("\"corée du nord\"", "\"coree du nord\"")]
    [InlineData("\"troupes russes\"~5", "\"troup russ\"~5")]
    [InlineData("ukrain*", "ukrain*")]
    [InlineData("nord-coréens", "\"nord coreen\"")]
    [InlineData("lang:fr ukraine", "(and Language:fr ukrain)")]
    [InlineData("ukraine source:reuters", "(and ukrain Source:reuters)")]
    [InlineData("ukraine source:\"AP News\"", "(and ukrain Source:ap news)")]
    [InlineData("ukraine feed:Seeds", "(and ukrain Feed:seeds)")]
    [InlineData("ukraine has:figure", "(and ukrain HasFigure:figure)")]
    public void Parse_EachOperator_BuildsItsNode(string query, string shape) =>
        Assert.Equal(shape, QueryShape.Of(query));

    [Theory]
    [InlineData("alpha bravo OR delta", "(or (and alpha bravo) delta)")]
    [InlineData("alpha OR bravo delta", "(or alpha (and bravo delta))")]
    [InlineData("alpha OR bravo AND delta", "(or alpha (and bravo delta))")]
    [InlineData("(alpha OR bravo) delta", "(and (or alpha bravo) delta)")]
    [InlineData("NOT alpha bravo", "(and (not alpha) bravo)")]
    [InlineData("NOT NOT alpha bravo", "(and (not (not alpha)) bravo)")]
    [InlineData("alpha OR NOT bravo delta", "(or alpha (and (not bravo) delta))")]
    [InlineData("((alpha))", "alpha")]
    public void Parse_Precedence_NotBindsTighterThanAndThanOr(string query, string shape) =>
        Assert.Equal(shape, QueryShape.Of(query));

    [Theory]
    [InlineData("ukraine and russia", "(and ukrain and russia)")]
    [InlineData("l'Ukraine", "ukrain")]
    [InlineData("jusqu'à Koursk", "(and a koursk)")]
    public void Parse_LowerCaseOperatorsAndElision_AreWords(string query, string shape) =>
        Assert.Equal(shape, QueryShape.Of(query));

    [Theory]
    [InlineData("north korea AND (troops OR soldiers)", "(and alias(north korea) (or alias(troops) alias(soldiers)))")]
    [InlineData("Corée du Nord", "alias(Corée du Nord)")]
    [InlineData("\"North Korea\"", "alias(North Korea)")]
    [InlineData("north", "north")]
    [InlineData("US election", "(and alias(US) alias(election))")]
    [InlineData("us election", "(and us alias(election))")]
    public void Parse_AliasNames_AreRecognizedAcrossBareWords(string query, string shape) =>
        Assert.Equal(shape, QueryShape.Of(query, Topics.Aliases));

    [Fact]
    public void Parse_QuotedPhraseWithProximity_IsNotAnAlias() =>
        Assert.Equal("\"north korea\"~2", QueryShape.Of("\"north korea\"~2", Topics.Aliases));
}
