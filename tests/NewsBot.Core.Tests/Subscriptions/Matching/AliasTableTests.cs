using NewsBot.Core.Subscriptions.Matching;

namespace NewsBot.Core.Tests.Subscriptions.Matching;

public sealed class AliasTableTests
{
    private static readonly AliasTable Table = AliasTable.Parse("""
        # comment line
        North Korea = Corée du Nord = nord-coréen   # trailing comment
        Kursk = Koursk
        United Nations = UN = ONU
        """);

    [Theory]
    [InlineData("North Korea", "La Corée du Nord a envoyé des troupes.")]
    [InlineData("north korea", "Des soldats nord-coréens sont arrivés.")]
    [InlineData("Corée du Nord", "North Korea sent troops.")]
    [InlineData("\"north korea\"", "Les nord-coréennes aussi.")]
    [InlineData("Kursk", "dans la région de Koursk")]
    [InlineData("UN", "Le Conseil de sécurité de l'ONU s'est réuni.")]
    [InlineData("ONU", "The UN Security Council met.")]
    public void Match_AnyNameOfTheGroup_MatchesTheOthers(string query, string text) =>
        Assert.True(Topics.Matches(query, text, Table));

    [Theory]
    [InlineData("UN", "Un soldat est mort.")]
    [InlineData("United Nations", "He told us about un jour.")]
    public void Match_NamesInCapitals_OnlyMatchCapitals(string query, string text) =>
        Assert.False(Topics.Matches(query, text, Table));

    [Fact]
    public void Match_WithoutTheTable_NamesAreJustWords() =>
        Assert.False(Topics.Matches("north korea", "La Corée du Nord a envoyé des troupes."));

    [Fact]
    public void Parse_LineWithOneName_NamesTheLine()
    {
        var error = Assert.Throws<AliasFormatException>(() => AliasTable.Parse("Kursk = Koursk\n\nUkraine\n"));

        Assert.Equal(3, error.Line);
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NameOnTwoLines_JoinsTheGroups()
    {
        var table = AliasTable.Parse("Kyiv = Kiev\nKiev = Kyïv\n");

        Assert.Equal(1, table.Count);
        Assert.True(Topics.Matches("Kyiv", "à Kyïv hier", table));
    }

    [Fact]
    public void RepositoryFile_Parses_WithTheMainNamesOfWorldNews()
    {
        var table = Topics.Aliases;

        Assert.True(table.Count > 100);
        Assert.True(Topics.Matches("Russia", "la Russie", table));
        Assert.True(Topics.Matches("US", "les États-Unis", table));
        Assert.True(Topics.Matches("États-Unis", "the US said", table));
        Assert.True(Topics.Matches("NATO", "l'OTAN", table));
        Assert.True(Topics.Matches("EU", "l'Union européenne", table));
        Assert.True(Topics.Matches("Pentagon", "le Pentagone", table));
        Assert.True(Topics.Matches("China", "la Chine", table));
        Assert.False(Topics.Matches("US", "they told us", table));
        Assert.False(Topics.Matches("EU", "il a eu peur", table));
    }
}
