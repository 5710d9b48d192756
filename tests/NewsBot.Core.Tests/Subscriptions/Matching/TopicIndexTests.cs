using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Delivery;
using NewsBot.Core.Subscriptions;
using NewsBot.Core.Subscriptions.Matching;

namespace NewsBot.Core.Tests.Subscriptions.Matching;

public sealed class TopicIndexTests
{
    private readonly TopicIndex _index = new(Topics.Aliases);
    private readonly Article _article = Topics.Article("Séisme au Japon", "Un tremblement de terre a frappé Tokyo. La Russie propose son aide.");

    private long[] MatchedIds() => _index.Match(_article).Select(s => s.Id).Order().ToArray();

    [Fact]
    public void Match_LanguageFilter_TakesTheLanguageOfTheAnalysisWhenGivenOne()
    {
        _index.Upsert(Topics.Sub(1, "tokyo lang:en"));
        _index.Upsert(Topics.Sub(2, "tokyo lang:fr"));
        var english = new ArticleAnalysis
        {
            Language = "en",
            LanguageConfidence = 1,
            Summary = string.Empty,
            Sentences = [],
            Figures = [],
            Sources = [],
        };

        Assert.Equal([2L], MatchedIds());
        Assert.Equal([1L], _index.Match(_article, english).Select(s => s.Id).ToArray());
    }

    [Fact]
    public void Upsert_ThenRemove_TheSubscriptionStopsMatching()
    {
        _index.Upsert(Topics.Sub(1, "earthquake"));
        _index.Upsert(Topics.Sub(2, "russia"));
        Assert.Equal([1L, 2L], MatchedIds());

        Assert.True(_index.Remove(1));

        Assert.Equal([2L], MatchedIds());
        Assert.False(_index.Remove(1));
    }

    [Fact]
    public void Synchronize_EqualCopiesReadAgain_KeepsTheObjectsItHolds()
    {
        var first = new[] { Topics.Sub(1, "earthquake"), Topics.Sub(2, "russia") };
        _index.Synchronize(first);
        var held = _index.Match(_article);

        var changes = _index.Synchronize(first.Select(s => s with { Channel = new ChannelAddress("test", "c") }).ToArray());

        Assert.False(changes.Any);
        var again = _index.Match(_article);
        Assert.Equal(2, again.Count);
        Assert.All(again, s => Assert.Contains(held, h => ReferenceEquals(h, s)));
    }

    [Fact]
    public void Synchronize_SameQueryOtherSettings_HoldsTheNewSettings()
    {
        _index.Synchronize([Topics.Sub(1, "earthquake")]);

        _index.Synchronize([Topics.Sub(1, "earthquake") with { Languages = ["fr"] }]);

        Assert.Equal(["fr"], Assert.Single(_index.Match(_article)).Languages);
    }

    [Fact]
    public void Upsert_SubscriptionsOfOneChannel_ShareOneChannelAddress()
    {
        _index.Upsert(Topics.Sub(1, "earthquake", channel: "a"));
        _index.Upsert(Topics.Sub(2, "russia", channel: "a"));
        _index.Upsert(Topics.Sub(3, "tokyo", channel: "b"));

        var matched = _index.Match(_article).Where(s => s.Channel.ChannelId == "a").ToList();

        Assert.Equal(2, matched.Count);
        Assert.Same(matched[0].Channel, matched[1].Channel);
        Assert.Equal(2, _index.Channels);
    }

    [Fact]
    public void Channels_SubscriptionsComingAndGoingInNewChannels_StayAsManyAsTheChannelsSubscribedNow()
    {
        for (var round = 0; round < 50; round++)
        {
            var live = Enumerable.Range(0, 20).Select(i => Topics.Sub(round * 100 + i, i % 2 == 0 ? "earthquake" : "tokyo russia", channel: $"r{round}-{i % 10}")).ToArray();
            _index.Synchronize(live);

            Assert.Equal(10, _index.Channels);
        }

        _index.Synchronize([]);
        Assert.Equal(0, _index.Channels);
    }

    [Fact]
    public void Synchronize_UsersComingAndGoingWithNewWords_KeepsTheDictionaryAsLargeAsTheHeldQueries()
    {
        const int live = 50;
        var maxKeys = 0;
        for (var round = 0; round < 100; round++)
        {
            // Every round new words, as new users subscribe to new topics and the old ones leave.
            _index.Synchronize(Enumerable.Range(0, live).Select(i => Topics.Sub((round * live) + i, $"{Word(round, i)} {Word(round, i + live)} -{Word(round, i + (2 * live))}")).ToArray());
            maxKeys = Math.Max(maxKeys, _index.Keys);
        }

        // 100 rounds of 150 new words each would be 15,000 keys without rebuilds.
        Assert.True(_index.Rebuilds >= 2, $"{_index.Rebuilds} rebuilds");
        Assert.True(maxKeys < 3 * (TopicIndex.RebuildFloor + (TopicIndex.RebuildFactor * live)) + 200, $"{maxKeys} keys at most");
        var last = Topics.Article("t", $"{Word(99, 7)} et {Word(99, 57)}.");
        Assert.Equal([(99L * live) + 7], _index.Match(last).Select(s => s.Id).ToArray());
    }

    [Fact]
    public void Upsert_AfterARebuild_MatchesAsBefore()
    {
        _index.Upsert(Topics.Sub(1, "earthquake -volcano"));
        _index.Upsert(Topics.Sub(2, "\"Corée du Nord\" OR tokyo"));
        for (var i = 0; i < TopicIndex.RebuildFloor + 20; i++)
        {
            _index.Upsert(Topics.Sub(3, Word(i, 0)));
        }

        Assert.True(_index.Rebuilds >= 1);
        Assert.Equal([1L, 2L], MatchedIds());
        Assert.Equal(2, _index.Explain(_article).Count);
    }

    // A word of letters only, distinct for each (round, i).
    private static string Word(int round, int i) =>
        string.Concat($"{round:D3}{i:D3}".Select(c => (char)('b' + (c - '0')))) + "qz";

    [Fact]
    public void Upsert_ChangedQuery_ReplacesTheOldOne()
    {
        _index.Upsert(Topics.Sub(1, "earthquake"));

        _index.Upsert(Topics.Sub(1, "volcano"));

        Assert.Empty(MatchedIds());
        Assert.Equal(1, _index.Count);
    }

    [Fact]
    public void Upsert_InvalidQuery_IsRefusedAndNotIndexed()
    {
        Assert.False(_index.Upsert(Topics.Sub(1, "earthquake AND (")));

        Assert.Equal(0, _index.Count);
    }

    [Fact]
    public void Match_WordsOnlyQueries_MatchWithoutEvaluationAndStillExplain()
    {
        _index.Upsert(Topics.Sub(1, "tokyo terre"));
        _index.Upsert(Topics.Sub(2, "tokyo -terre"));
        _index.Upsert(Topics.Sub(3, "tokyo -volcan"));

        Assert.Equal([1L, 3L], MatchedIds());
        var explained = _index.Explain(_article).OrderBy(m => m.Subscription.Id).ToList();
        Assert.Equal([1L, 3L], explained.Select(m => m.Subscription.Id));
        Assert.Equal(["tokyo", "terre"], explained[0].Hits.Select(h => h.Query));
    }

    [Fact]
    public void Upsert_InvalidQueryAgain_IsStillRefused()
    {
        _index.Upsert(Topics.Sub(1, "earthquake AND ("));

        Assert.False(_index.Upsert(Topics.Sub(1, "earthquake AND (")));
    }

    [Fact]
    public void Synchronize_KnownInvalidQueryAmongTheWanted_StillRemovesTheSubscriptionsLeftOut()
    {
        _index.Synchronize([Topics.Sub(1, "(("), Topics.Sub(2, "earthquake"), Topics.Sub(3, "japan")]);

        var changes = _index.Synchronize([Topics.Sub(1, "(("), Topics.Sub(2, "earthquake")]);

        Assert.Equal(new SubscriptionChanges(Added: 0, Updated: 0, Removed: 1, Rejected: 0), changes);
        Assert.Equal([2L], MatchedIds());
    }

    [Fact]
    public void Synchronize_AppliesOnlyTheDifferences()
    {
        _index.Synchronize([Topics.Sub(1, "earthquake"), Topics.Sub(2, "russia"), Topics.Sub(3, "volcano")]);

        var changes = _index.Synchronize([Topics.Sub(1, "earthquake"), Topics.Sub(2, "japan"), Topics.Sub(4, "tokyo"), Topics.Sub(5, "((")]);

        Assert.Equal(new SubscriptionChanges(Added: 1, Updated: 1, Removed: 1, Rejected: 1), changes);
        Assert.Equal([1L, 2L, 4L], MatchedIds());
        Assert.Equal(new SubscriptionChanges(0, 0, 0, 0), _index.Synchronize([Topics.Sub(1, "earthquake"), Topics.Sub(2, "japan"), Topics.Sub(4, "tokyo"), Topics.Sub(5, "((")]));
    }

    [Fact]
    public void Synchronize_PausedSubscription_IsDropped()
    {
        _index.Synchronize([Topics.Sub(1, "earthquake")]);

        _index.Synchronize([Topics.Sub(1, "earthquake") with { Paused = true }]);

        Assert.Empty(MatchedIds());
    }

    [Fact]
    public void Match_SeveralSubscriptionsOnOneWord_EachMatchesOnce()
    {
        _index.Upsert(Topics.Sub(1, "tokyo tokyo OR japan"));
        _index.Upsert(Topics.Sub(2, "\"tremblement de terre\" OR earthquake"));

        Assert.Equal([1L, 2L], MatchedIds());
    }

    [Fact]
    public void Match_QueryWithNothingToSelectBy_IsStillTried()
    {
        // Only function words: no good anchor, yet the query must be evaluated on every article.
        _index.Upsert(Topics.Sub(1, "\"de terre\""));

        Assert.Equal([1L], MatchedIds());
    }

    [Fact]
    public void Match_ManyArticlesWithOneOfTwoWords_ReanchorsOnTheRarerWordAndMatchesAlike()
    {
        _index.Upsert(Topics.Sub(1, "bombardements pediatrique"));
        var common = _index.KeyOf("bombardements");
        Assert.Equal([common], _index.AnchorOf(1));
        var both = Topics.Article("Hôpital", "De nouveaux bombardements ont visé un hôpital pediatrique cette nuit.");
        var one = Topics.Article("Front", "Les bombardements continuent sur le front.");

        for (var i = 0; i < KeyFrequency.SampleEvery * KeyFrequency.MinSamples; i++)
        {
            _index.Match(one);
        }

        Assert.Equal([_index.KeyOf("pediatrique")], _index.AnchorOf(1));
        Assert.Equal(1, _index.Reanchored);
        Assert.Single(_index.Match(both));
        Assert.Empty(_index.Match(one));
    }

    [Fact]
    public void Upsert_AfterTheIndexLearnedTheNews_AnchorsANewSubscriptionOnItsRarerWord()
    {
        // Both words listed once already: by crowding and length alone, the new one would go under "bombardements".
        _index.Upsert(Topics.Sub(1, "pediatrique"));
        _index.Upsert(Topics.Sub(3, "bombardements"));
        var one = Topics.Article("Front", "Les bombardements continuent sur le front.");
        for (var i = 0; i < KeyFrequency.SampleEvery * KeyFrequency.MinSamples; i++)
        {
            _index.Match(one);
        }

        _index.Upsert(Topics.Sub(2, "bombardements pediatrique"));

        Assert.Equal([_index.KeyOf("pediatrique")], _index.AnchorOf(2));
        Assert.Equal([3L], _index.Match(one).Select(s => s.Id));
    }
}
