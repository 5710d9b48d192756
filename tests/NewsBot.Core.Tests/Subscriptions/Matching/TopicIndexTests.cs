using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
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
