using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Stories;
using NewsBot.Core.Tests.Subscriptions;
using NewsBot.Testing.Stores;
using NewsBot.Testing.Time;

namespace NewsBot.Core.Tests.Stories;

public sealed class StoryTrackerTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private readonly InMemoryArticleStore _articles = new();
    private readonly InMemoryArticleAnalysisStore _analyses = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 10, 25, 8, 0, 0, TimeSpan.Zero));
    private readonly InMemoryStoryStore _stories;

    public StoryTrackerTests() => _stories = new InMemoryStoryStore(_articles);

    [Fact]
    public async Task AssignAsync_FirstAfterARestartWithAWindowOfManyArticles_ReadsThemInBatchesAndKeepsTheirStories()
    {
        // Before the restart: a story of four seed reports among many articles of other stories.
        var seeds = Topics.Seeds();
        var seedStory = await _stories.CreateAsync(_time.GetUtcNow(), default);
        for (var i = 0; i < 1_200; i++)
        {
            var other = await StoreAsync($"Rapport {i}", $"Le conseil municipal de la commune numéro {i} a voté le budget {i * 7} de l'école.");
            await _stories.AssignAsync(other.Id, await _stories.CreateAsync(_time.GetUtcNow(), default), _time.GetUtcNow(), default);
            if (i % 300 == 0)
            {
                var seed = await StoreAsync(seeds[i / 300].Title, seeds[i / 300].Text);
                await _stories.AssignAsync(seed.Id, seedStory, _time.GetUtcNow(), default);
            }
        }

        var (articleReads, analysisReads) = (_articles.Reads, _analyses.Reads);
        using var restarted = new StoryTracker(_stories, _articles, _analyses, Analyzer, _time);
        var last = await StoreAsync(seeds[4].Title, seeds[4].Text);

        var tracked = await restarted.AssignAsync(new AnalyzedArticle(last, Analyzer.Analyze(last.Title, last.Text)), default);

        Assert.Equal(new TrackedStory(seedStory, IsNew: false), tracked);
        var batches = (1_204 + StoryTracker.WarmBatch - 1) / StoryTracker.WarmBatch;
        // Besides the batches, the in-memory story store reads articles once to list the window and once to
        // check the new assignment's article; before batching it was two reads an article of the window.
        Assert.Equal(batches + 2, _articles.Reads - articleReads);
        Assert.Equal(batches, _analyses.Reads - analysisReads);
    }

    private async Task<Article> StoreAsync(string title, string text)
    {
        var article = (await _articles.TryAddAsync(
            new NewArticle { FeedName = "wire", Title = title, Text = text, ContentHash = title + text, FetchedAt = _time.GetUtcNow() }, default))!;
        await _analyses.SaveAsync(article.Id, Analyzer.Analyze(title, text), default);
        return article;
    }
}
