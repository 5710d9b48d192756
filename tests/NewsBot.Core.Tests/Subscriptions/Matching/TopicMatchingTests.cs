using NewsBot.Core.Subscriptions.Matching;

namespace NewsBot.Core.Tests.Subscriptions.Matching;

public sealed class TopicMatchingTests
{
    [Theory]
    [InlineData("Corée du Nord", "La COREE DU NORD a envoyé")]
    [InlineData("coree du nord", "la Corée du Nord a envoyé")]
    [InlineData("\"Corée du Nord\"", "la Corée-du-Nord a envoyé")]
    [InlineData("Séoul", "SEOUL said")]
    public void Match_IgnoresCaseAccentsAndHyphens(string query, string text) =>
        Assert.True(Topics.Matches(query, text));

    [Theory]
    [InlineData("ukraine", "l’Ukraine a riposté")]
    [InlineData("ukraine", "l'Ukraine a riposté")]
    [InlineData("armée", "jusqu’à l’armée russe")]
    [InlineData("\"armée russe\"", "jusqu’à l’armée russe")]
    [InlineData("l'armée", "une armée")]
    [InlineData("\"aide de l'Ukraine\"", "une aide de l’Ukraine")]
    public void Match_FrenchElision_IsSplitOffOnBothSides(string query, string text) =>
        Assert.True(Topics.Matches(query, text));

    [Theory]
    [InlineData("nord-coréens", "des soldats nord-coréens")]
    [InlineData("nord-coréens", "des soldats nord coréens")]
    [InlineData("\"soldats nord\"", "des soldats nord-coréens")]
    [InlineData("Kim Jong-un", "Kim Jong Un a dit")]
    public void Match_HyphenatedWords_AreThePhraseOfTheirParts(string query, string text) =>
        Assert.True(Topics.Matches(query, text));

    [Theory]
    [InlineData("nord", "la Normandie")]
    [InlineData("\"Corée du Nord\"", "la Corée du Sud et le Nord")]
    [InlineData("\"corée du nord\"", "la Corée. Du nord au sud")]
    [InlineData("ukraine russia", "Ukraine only")]
    [InlineData("ukraine -russia", "Ukraine and Russia")]
    [InlineData("ukraine NOT (russia OR belarus)", "Ukraine and Belarus")]
    public void Match_RequiresWholeWordsInOrderAndEveryAndTerm(string query, string text) =>
        Assert.False(Topics.Matches(query, text));

    [Theory]
    [InlineData("ukraine OR russia", "Russia only")]
    [InlineData("ukraine -russia", "Ukraine only")]
    [InlineData("(ukraine OR russia) -belarus", "Russia only")]
    [InlineData("ukraine AND russia", "Russia and Ukraine")]
    public void Match_BooleanOperators(string query, string text) =>
        Assert.True(Topics.Matches(query, text));

    [Theory]
    [InlineData("\"troupes russes\"~3", "des troupes fraîches, épuisées et russes", true)]
    [InlineData("\"troupes russes\"~3", "des russes et des troupes", true)]
    [InlineData("\"troupes russes\"~1", "des troupes fraîches, épuisées et russes", false)]
    [InlineData("\"troupes russes\"", "des troupes fraîches russes", false)]
    public void Match_Proximity_AllowsThatManyWordsBetweenInAnyOrder(string query, string text, bool expected) =>
        Assert.Equal(expected, Topics.Matches(query, text));

    [Fact]
    public void Match_ProximityOfTwoAndOfThreeWords_AgreesWithCheckingEveryPlacement()
    {
        string[] words = ["alpha", "beta", "gamma", "delta"];
        var random = new Random(41);
        for (var round = 0; round < 400; round++)
        {
            var text = Enumerable.Range(0, random.Next(2, 30)).Select(_ => words[random.Next(words.Length)]).ToArray();
            var slack = random.Next(0, 5);
            Assert.Equal(Near(text, ["alpha", "beta"], slack), Topics.Matches($"\"alpha beta\"~{slack}", string.Join(' ', text)));
            Assert.Equal(Near(text, ["alpha", "beta", "gamma"], slack), Topics.Matches($"\"alpha beta gamma\"~{slack}", string.Join(' ', text)));
        }

        // Some placement of each word within a window of the phrase's length plus the slack.
        static bool Near(string[] text, string[] phrase, int slack)
        {
            var width = phrase.Length - 1 + slack;
            for (var start = 0; start < text.Length; start++)
            {
                var window = text.Skip(start).Take(width + 1).ToArray();
                if (phrase.All(window.Contains))
                {
                    return true;
                }
            }

            return false;
        }
    }

    [Theory]
    [InlineData("ukrain*", "les forces ukrainiennes", true)]
    [InlineData("ukrain*", "Ukraine", true)]
    [InlineData("coré*", "les nord-coréens", true)]
    [InlineData("ukrain*", "l'Ukr", false)]
    public void Match_Prefix_MatchesWordsStartingWithIt(string query, string text, bool expected) =>
        Assert.Equal(expected, Topics.Matches(query, text));

    [Fact]
    public void Match_NorthKoreaTroopsOrSoldiers_MatchesEverySeed()
    {
        var index = new TopicIndex(Topics.Aliases);
        index.Upsert(Topics.Sub(1, "north korea AND (troops OR soldiers)"));

        foreach (var seed in Topics.Seeds())
        {
            Assert.True(index.Match(seed).Count == 1, $"{seed.FeedName} should match");
        }
    }

    [Fact]
    public void Match_Earthquake_MatchesNoSeed()
    {
        var index = new TopicIndex(Topics.Aliases);
        index.Upsert(Topics.Sub(1, "earthquake"));

        Assert.All(Topics.Seeds(), seed => Assert.Empty(index.Match(seed)));
    }

    [Theory]
    [InlineData("ukraine lang:fr", "L'Ukraine et la Russie sont dans le conflit depuis des années.", true)]
    [InlineData("ukraine lang:en", "L'Ukraine et la Russie sont dans le conflit depuis des années.", false)]
    [InlineData("ukraine lang:en", "Ukraine and Russia have been at war for years, and the front is still moving.", true)]
    [InlineData("ukraine has:figure", "Selon Kiev, 12 000 soldats sont arrivés en Ukraine.", true)]
    [InlineData("ukraine has:figure", "L'Ukraine attend une réponse.", false)]
    public void Match_Filters(string query, string text, bool expected) =>
        Assert.Equal(expected, Topics.Matches(query, text));

    [Theory]
    [InlineData("ukraine source:reuters", "001_2ab80ee1ba1100bf.txt", true)]
    [InlineData("ukraine -source:reuters", "001_2ab80ee1ba1100bf.txt", false)]
    [InlineData("ukraine source:\"AP News\"", "002_99cc84ddf44e8619.txt", true)]
    [InlineData("ukraine source:\"AP News\"", "001_2ab80ee1ba1100bf.txt", false)]
    public void Match_SourceFilter_ReadsTheSourcesTheArticleCites(string query, string seed, bool expected)
    {
        var index = new TopicIndex(AliasTable.Empty);
        index.Upsert(Topics.Sub(1, query));

        Assert.Equal(expected, index.Match(Topics.Seeds().Single(s => s.FeedName == seed)).Count == 1);
    }

    [Fact]
    public void Match_FeedFilter_ComparesTheFeedName()
    {
        var index = new TopicIndex(AliasTable.Empty);
        index.Upsert(Topics.Sub(1, "ukraine feed:LeMonde"));

        Assert.Single(index.Match(Topics.Article("Ukraine", "x", feed: "lemonde")));
        Assert.Empty(index.Match(Topics.Article("Ukraine", "x", feed: "bbc")));
    }

    [Fact]
    public void Match_SourceFilter_AlsoReadsTheLinkHost()
    {
        var index = new TopicIndex(AliasTable.Empty);
        index.Upsert(Topics.Sub(1, "ukraine source:reuters"));

        Assert.Single(index.Match(Topics.Article("Ukraine", "x", link: new Uri("https://www.reuters.com/world/a"))));
    }

    [Fact]
    public void Explain_NamesEachHitAndWhatTheArticleSays()
    {
        var index = new TopicIndex(Topics.Aliases);
        index.Upsert(Topics.Sub(1, "north korea AND (troops OR soldiers) -earthquake"));

        var match = Assert.Single(index.Explain(Topics.Article("Corée du Nord", "Des soldats nord-coréens et des soldats russes.")));

        Assert.Equal(
            [new MatchHit("north korea", "Corée du Nord, nord-coréens", 2), new MatchHit("soldiers", "soldats", 2)],
            match.Hits);
    }
}
