using NewsBot.Core.Subscriptions.Matching;

namespace NewsBot.Core.Tests.Subscriptions.Matching;

public sealed class LightStemmerTests
{
    [Theory]
    [InlineData("soldats", "soldat")]
    [InlineData("soldat", "soldat")]
    [InlineData("troops", "troop")]
    [InlineData("troupes", "troup")]
    [InlineData("troupe", "troup")]
    [InlineData("countries", "country")]
    [InlineData("country", "country")]
    [InlineData("generaux", "general")]
    [InlineData("coreennes", "coreen")]
    [InlineData("coreenne", "coreen")]
    [InlineData("coreens", "coreen")]
    [InlineData("korea's", "korea")]
    [InlineData("cheveux", "cheveu")]
    [InlineData("bus", "bus")]
    [InlineData("class", "class")]
    [InlineData("coree", "coree")]
    public void Stem_PluralAndFeminineEndings_AreRemoved(string word, string stem) =>
        Assert.Equal(stem, LightStemmer.Stem(word));

    [Theory]
    [InlineData("soldat", "soldats")]
    [InlineData("troop", "troops")]
    [InlineData("missile", "missiles")]
    [InlineData("nord-coreen", "nord-coréennes")]
    public void Match_SingularQuery_FindsThePlural(string query, string text) =>
        Assert.True(Topics.Matches(query, $"Il y a des {text} ici."));
}
