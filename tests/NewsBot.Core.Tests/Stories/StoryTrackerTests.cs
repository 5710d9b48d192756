using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Pipeline;
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

    [Fact]
    public async Task AssignAsync_BotsTracker_KeepsTheVectorsInAFileOfTheDirectoryAndDeletesItWhenDisposed()
    {
        var directory = Directory.CreateTempSubdirectory("newsbot-vectors-");
        try
        {
            var logs = new FakeLogger<StoryTracker>();
            var tracker = new StoryTracker(_stories, _articles, _analyses, Analyzer, _time, Topics.Aliases, Options(directory.FullName), logs);
            var stories = new List<TrackedStory>();
            foreach (var seed in Topics.Seeds())
            {
                var article = await StoreAsync(seed.Title, seed.Text);
                stories.Add(await tracker.AssignAsync(new AnalyzedArticle(article, Analyzer.Analyze(article.Title, article.Text)), default));
            }

            Assert.Single(stories.Select(s => s.StoryId).Distinct());
            Assert.Equal(directory.FullName, Path.GetDirectoryName(tracker.VectorFile));
            Assert.Contains(logs.Collector.GetSnapshot(), r => r.Id.Id == 1155 && r.Message.Contains(Path.GetFileName(tracker.VectorFile)!, StringComparison.Ordinal));

            tracker.Dispose();

            Assert.Empty(directory.GetFiles());
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task AssignAsync_VectorDirectoryThatCannotBeMade_GroupsWithTheVectorsInMemoryAndWarns()
    {
        // A folder inside a file cannot be created.
        var file = Path.GetTempFileName();
        try
        {
            var logs = new FakeLogger<StoryTracker>();
            using var tracker = new StoryTracker(_stories, _articles, _analyses, Analyzer, _time, Topics.Aliases, Options(Path.Combine(file, "vectors")), logs);
            var stories = new List<TrackedStory>();
            foreach (var seed in Topics.Seeds())
            {
                var article = await StoreAsync(seed.Title, seed.Text);
                stories.Add(await tracker.AssignAsync(new AnalyzedArticle(article, Analyzer.Analyze(article.Title, article.Text)), default));
            }

            Assert.Single(stories.Select(s => s.StoryId).Distinct());
            Assert.Null(tracker.VectorFile);
            var warning = Assert.Single(logs.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning);
            Assert.Equal(1156, warning.Id.Id);
            Assert.Contains("Ingestion:StoryVectorDirectory", warning.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Container_VectorDirectoryConfigured_GivesTheTrackerAFileThere()
    {
        var directory = Directory.CreateTempSubdirectory("newsbot-vectors-");
        try
        {
            var services = new ServiceCollection();
            services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["Ingestion:StoryVectorDirectory"] = directory.FullName })
                .Build());
            services.AddLogging();
            services.AddSingleton<IStoryStore>(_stories);
            services.AddSingleton<IArticleStore>(_articles);
            services.AddSingleton<IArticleAnalysisStore>(_analyses);
            services.AddNewsBotCore();
            await using (var provider = services.BuildServiceProvider())
            {
                var tracker = provider.GetRequiredService<StoryTracker>();
                var seed = await StoreAsync(Topics.Seeds()[0].Title, Topics.Seeds()[0].Text);
                await tracker.AssignAsync(new AnalyzedArticle(seed, Analyzer.Analyze(seed.Title, seed.Text)), default);

                Assert.Equal(directory.FullName, Path.GetDirectoryName(tracker.VectorFile));
            }

            Assert.Empty(directory.GetFiles());
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task AssignAsync_StoriesClosedEarlyByTheBound_WarnsAtMostOnceAnHourWithHowMany()
    {
        var logs = new FakeLogger<StoryTracker>();
        var options = Microsoft.Extensions.Options.Options.Create(new IngestionOptions { StoryVectorDirectory = Path.GetTempPath(), MaxOpenStories = 2 });
        using var tracker = new StoryTracker(_stories, _articles, _analyses, Analyzer, _time, Topics.Aliases, options, logs);
        async Task TellAsync(int subject)
        {
            var words = string.Join(' ', Enumerable.Range(0, 12).Select(w => Word((subject * 12) + w)));
            var article = await StoreAsync(Word(subject), $"Le rapport {words}.");
            await tracker.AssignAsync(new AnalyzedArticle(article, Analyzer.Analyze(article.Title, article.Text)), default);
            _time.Advance(TimeSpan.FromMinutes(10));
        }

        IReadOnlyList<FakeLogRecord> Warnings() => logs.Collector.GetSnapshot().Where(r => r.Id.Id == 1157).ToList();

        await TellAsync(0);
        await TellAsync(1);
        Assert.Empty(Warnings());
        await TellAsync(2);
        await TellAsync(3);
        await TellAsync(4);

        var first = Assert.Single(Warnings());
        Assert.Equal(LogLevel.Warning, first.Level);
        Assert.Equal("1", first.StructuredState!.Single(p => p.Key == "Closed").Value);
        Assert.Contains("Ingestion:MaxOpenStories", first.Message, StringComparison.Ordinal);

        _time.Advance(TimeSpan.FromHours(1));
        await TellAsync(5);

        Assert.Equal(2, Warnings().Count);
        Assert.Equal("3", Warnings()[1].StructuredState!.Single(p => p.Key == "Closed").Value);
    }

    /// <summary>A made-up word per number, so reports of different numbers share no term and are stories of their own.</summary>
    private static string Word(int n) => string.Concat("qb", (char)('a' + (n / 676 % 26)), (char)('a' + (n / 26 % 26)), (char)('a' + (n % 26)), "z");

    [Theory]
    [InlineData("999")]
    [InlineData("0")]
    public async Task Container_MaxOpenStoriesBelowAThousand_IsRefusedNamingTheSetting(string value)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Ingestion:MaxOpenStories"] = value })
            .Build());
        services.AddLogging();
        services.AddNewsBotCore();
        await using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<IngestionOptions>>().Value);

        Assert.Contains("Ingestion:MaxOpenStories must be between 1000 and 100000000.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_Default_BoundsTheOpenStoriesAtAHundredThousand() =>
        Assert.Equal(100_000, new IngestionOptions().MaxOpenStories);

    private static IOptions<IngestionOptions> Options(string vectorDirectory) =>
        Microsoft.Extensions.Options.Options.Create(new IngestionOptions { StoryVectorDirectory = vectorDirectory });

    private async Task<Article> StoreAsync(string title, string text)
    {
        var article = (await _articles.TryAddAsync(
            new NewArticle { FeedName = "wire", Title = title, Text = text, ContentHash = title + text, FetchedAt = _time.GetUtcNow() }, default))!;
        await _analyses.SaveAsync(article.Id, Analyzer.Analyze(title, text), default);
        return article;
    }
}
