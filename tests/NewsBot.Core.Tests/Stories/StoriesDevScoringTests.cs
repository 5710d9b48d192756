using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Stories;
using NewsBot.Core.Tests.Subscriptions;
using NewsBot.Testing.Corpora;
using Xunit.Abstractions;

namespace NewsBot.Core.Tests.Stories;

/// <summary>
/// Scores story grouping on <c>../shared/corpus/stories-dev</c> (real articles, events labelled by
/// hand), streamed through analysis and <see cref="StoryClusterer.Add"/> as the bot streams them.
/// </summary>
public sealed class StoriesDevScoringTests(ITestOutputHelper output)
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [SharedFact]
    public void Add_EnglishEventsInDateOrder_MeetsBCubedF1AgainstWindowCutGold()
    {
        var articles = StoriesDevCorpus.English().OrderBy(a => a.Time).ToList();

        var score = BCubed.Score(Group(articles), BCubed.CutAtGaps(articles, StoryClusterer.Window));

        output.WriteLine($"date order: P={score.Precision:0.000} R={score.Recall:0.000} F1={score.F1:0.000}");
        Assert.True(score.F1 >= 0.95, $"F1 {score.F1:0.000}");
    }

    [SharedFact]
    public void Add_EnglishEventsAllInOneWindow_KeepsEventsApart()
    {
        // A busy news day: every event at once, so only the articles' content can keep them apart.
        var articles = StoriesDevCorpus.English().OrderBy(a => a.Time).ToList();
        var instant = articles[0].Time;
        var oneDay = articles.Select(a => a with { Article = a.Article with { Published = PublishedDate.FromInstant(instant), FetchedAt = instant } }).ToList();

        var score = BCubed.Score(Group(oneDay), oneDay.Select(a => a.Gold).ToList());

        output.WriteLine($"one window: P={score.Precision:0.000} R={score.Recall:0.000} F1={score.F1:0.000}");
        Assert.True(score.Precision >= 0.97, $"precision {score.Precision:0.000}");
        Assert.True(score.Recall >= 0.90, $"recall {score.Recall:0.000}");
    }

    [SharedFact]
    public void Add_FrenchReportsAmongEnglishOnes_JoinTheirEventsStory()
    {
        var articles = StoriesDevCorpus.English().Concat(StoriesDevCorpus.French()).OrderBy(a => a.Time).ToList();

        var stories = Group(articles);

        int french = 0, joined = 0, wrong = 0;
        for (var i = 0; i < articles.Count; i++)
        {
            if (articles[i].Language != "fr")
            {
                continue;
            }

            french++;
            var englishEvents = articles.Where((a, j) => a.Language == "en" && stories[j] == stories[i]).Select(a => a.Gold).Distinct().ToList();
            joined += englishEvents.Contains(articles[i].Gold) ? 1 : 0;
            wrong += englishEvents.Any(g => g != articles[i].Gold) ? 1 : 0;
            output.WriteLine($"{articles[i].Article.ExternalId} ({articles[i].Gold}): with {string.Join(", ", englishEvents)}");
        }

        output.WriteLine($"French joining their English event: {joined} of {french}; joining another event: {wrong}");
        // The issue's target: 80 % (this grouping reaches 9 of 9).
        Assert.True(joined >= 0.8 * french, $"{joined} of {french} joined");
        Assert.Equal(0, wrong);
    }

    private static List<long> Group(IReadOnlyList<LabelledArticle> articles)
    {
        var clusterer = new StoryClusterer(Topics.Aliases);
        return articles.Select(a => clusterer.Add(a.Article, Analyzer.Analyze(a.Article.Title, a.Article.Text)).Id).ToList();
    }
}
