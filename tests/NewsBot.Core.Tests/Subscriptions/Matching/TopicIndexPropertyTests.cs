using NewsBot.Core.Articles;
using NewsBot.Core.Subscriptions;
using NewsBot.Core.Subscriptions.Matching;

namespace NewsBot.Core.Tests.Subscriptions.Matching;

/// <summary>
/// Random queries and random updates: the index, kept up to date one change at a time, must give
/// exactly what evaluating every subscription on every article gives.
/// </summary>
public sealed class TopicIndexPropertyTests
{
    private static readonly string[] Words =
    [
        "ukraine", "russie", "soldats", "troops", "corée", "nord", "missile", "drone", "kiev", "moscou",
        "guerre", "war", "front", "sanctions", "otan", "nato", "pentagone", "séisme", "japon", "tokyo",
        "inflation", "banque", "élection", "vote", "président", "the", "de", "la", "army", "armée",
    ];

    private static readonly string[] Forms = ["nord-coréens", "Corée du Nord", "North Korea", "Koursk", "US", "ONU", "l'Ukraine"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Match_AfterRandomUpdates_EqualsEvaluatingEverySubscription(int seed)
    {
        var random = new Random(seed);
        var index = new TopicIndex(Topics.Aliases);
        var live = new Dictionary<long, Subscription>();
        Update(index, live, random, steps: 600);
        AssertMatchesLikeEvaluatingEverySubscription(index, live, random);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void Match_AfterReanchoringOnPastArticles_StillEqualsEvaluatingEverySubscription(int seed)
    {
        var random = new Random(seed);
        var index = new TopicIndex(Topics.Aliases);
        var live = new Dictionary<long, Subscription>();
        Update(index, live, random, steps: 600);

        // Past news: enough articles for the index to trust its counts and move anchors.
        for (var i = 0; i < KeyFrequency.SampleEvery * KeyFrequency.MinSamples; i++)
        {
            index.Match(RandomArticle(random, i));
        }

        Assert.True(index.Reanchored > 0, "the past articles should have moved some anchors");
        Update(index, live, random, steps: 200);
        AssertMatchesLikeEvaluatingEverySubscription(index, live, random);
    }

    private static void Update(TopicIndex index, Dictionary<long, Subscription> live, Random random, int steps)
    {
        for (var step = 0; step < steps; step++)
        {
            var id = random.Next(1, 250);
            if (random.Next(5) == 0)
            {
                index.Remove(id);
                live.Remove(id);
            }
            else
            {
                var subscription = Topics.Sub(id, RandomQuery(random));
                if (index.Upsert(subscription))
                {
                    live[id] = subscription;
                }
                else
                {
                    live.Remove(id);
                }
            }
        }
    }

    private static void AssertMatchesLikeEvaluatingEverySubscription(TopicIndex index, Dictionary<long, Subscription> live, Random random)
    {
        var naive = new NaiveTopicMatcher(Topics.Aliases);
        foreach (var subscription in live.Values)
        {
            naive.Add(subscription);
        }

        var articles = Enumerable.Range(0, 60).Select(i => RandomArticle(random, i)).Concat(Topics.Seeds()).ToList();
        var matchedSomething = 0;
        foreach (var article in articles)
        {
            var expected = naive.Match(article).Select(s => s.Id).Order().ToArray();
            var actual = index.Match(article).Select(s => s.Id).Order().ToArray();
            Assert.Equal(expected, actual);
            matchedSomething += expected.Length > 0 ? 1 : 0;
        }

        Assert.True(index.Count == live.Count, "the index holds exactly the live subscriptions");
        Assert.True(matchedSomething > articles.Count / 2, "the random queries should match often enough to test something");
    }

    private static string RandomQuery(Random random)
    {
        var parts = new List<string>();
        var count = random.Next(1, 5);
        for (var i = 0; i < count; i++)
        {
            var term = random.Next(10) switch
            {
                0 => $"\"{Word(random)} {Word(random)}\"",
                1 => $"\"{Word(random)} {Word(random)}\"~{random.Next(0, 4)}",
                2 => Prefix(random),
                3 => Forms[random.Next(Forms.Length)],
                4 => $"({Word(random)} OR {Word(random)})",
                5 when i > 0 => "-" + Word(random),
                6 => random.Next(2) == 0 ? "lang:fr" : "lang:en",
                _ => Word(random),
            };
            parts.Add(term);
            if (i < count - 1 && random.Next(4) == 0)
            {
                parts.Add("OR");
            }
        }

        return string.Join(' ', parts);
    }

    private static string Word(Random random) => Words[random.Next(Words.Length)];

    private static string Prefix(Random random)
    {
        var word = Word(random);
        return word.Length < 4 ? "ukr*" : word[..random.Next(3, word.Length)] + "*";
    }

    private static Article RandomArticle(Random random, int id)
    {
        var words = Enumerable.Range(0, random.Next(5, 40)).Select(_ => random.Next(6) == 0 ? Forms[random.Next(Forms.Length)] : Word(random));
        return Topics.Article("Titre", string.Join(random.Next(3) == 0 ? ". " : " ", words) + ".", id);
    }
}
