using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using NewsBot.Core.Articles;
using NewsBot.Core.Commands;
using NewsBot.Core.Pipeline;
using NewsBot.Scheduling;
using NewsBot.Testing.Time;

namespace NewsBot.Tests.Scheduling;

public sealed class ArticleTextHistoryJobTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 10, 0, 0, TimeSpan.Zero);

    private static (ArticleTextHistoryJob Job, FakeLogger<ArticleTextHistoryJob> Logger) Job(IArticleTextHistory history, int keepDays = 30, int lookbackDays = 7)
    {
        var logger = new FakeLogger<ArticleTextHistoryJob>();
        var job = new ArticleTextHistoryJob(
            history,
            Options.Create(new IngestionOptions { KeepArticleTextDays = keepDays }),
            Options.Create(new CommandOptions { LookbackDays = lookbackDays }),
            new FakeTimeProvider(Now),
            logger);
        return (job, logger);
    }

    [Fact]
    public async Task Execute_OldTexts_AreEmptiedInBatchesUntilOneComesShortAndTheRunSaysHowMany()
    {
        var history = new ScriptedTexts(CleanupBatches.BatchSize, 12);
        var (job, logger) = Job(history);

        await job.Execute(null!, CancellationToken.None);

        Assert.Equal([(Now.AddDays(-30), Now, CleanupBatches.BatchSize), (Now.AddDays(-30), Now, CleanupBatches.BatchSize)], history.Calls);
        var line = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal((6053, LogLevel.Information), (line.Id.Id, line.Level));
        Assert.Contains($"{CleanupBatches.BatchSize + 12} articles", line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_CommandsLookFurtherBackThanTheTextsAreKept_TheTextsTheyReadStay()
    {
        var history = new ScriptedTexts(0);
        var (job, _) = Job(history, keepDays: 10, lookbackDays: 60);

        await job.Execute(null!, CancellationToken.None);

        Assert.Equal(Now.AddDays(-60), Assert.Single(history.Calls).Before);
    }

    [Fact]
    public async Task Execute_KeepArticleTextDaysZero_NeverTouchesTheArticles()
    {
        var history = new ScriptedTexts(5);
        var (job, _) = Job(history, keepDays: 0);

        await job.Execute(null!, CancellationToken.None);

        Assert.Empty(history.Calls);
    }

    [Fact]
    public async Task Execute_StoreFails_WarnsWithWhatWasDoneAndDoesNotThrow()
    {
        var history = new ScriptedTexts(CleanupBatches.BatchSize) { FailAtCall = 2 };
        var (job, logger) = Job(history);

        await job.Execute(null!, CancellationToken.None);

        var line = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal((6054, LogLevel.Warning), (line.Id.Id, line.Level));
        Assert.Contains($"after {CleanupBatches.BatchSize}", line.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(-1)]
    public void Options_KeepArticleTextDaysWithinTheStoryWindow_AreRefusedNamingTheKey(int days)
    {
        var options = new IngestionOptions { KeepArticleTextDays = days };
        var results = new List<ValidationResult>();

        Validator.TryValidateObject(options, new(options), results, validateAllProperties: true);

        Assert.Contains(results, r => r.ErrorMessage!.StartsWith("Ingestion:KeepArticleTextDays", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(30)]
    public void Options_KeepArticleTextDaysZeroOrPastTheStoryWindow_AreValid(int days)
    {
        var options = new IngestionOptions { KeepArticleTextDays = days };

        Assert.True(Validator.TryValidateObject(options, new(options), [], validateAllProperties: true));
        Assert.Equal(30, new IngestionOptions().KeepArticleTextDays);
    }

    private sealed class ScriptedTexts(params int[] drops) : IArticleTextHistory
    {
        public List<(DateTimeOffset Before, DateTimeOffset Now, int Limit)> Calls { get; } = [];

        public int FailAtCall { get; init; }

        public Task<int> DropOldTextsAsync(DateTimeOffset before, DateTimeOffset now, int limit, CancellationToken cancellationToken)
        {
            Calls.Add((before, now, limit));
            if (Calls.Count == FailAtCall)
            {
                throw new InvalidOperationException("database is locked");
            }

            return Task.FromResult(drops[Math.Min(Calls.Count, drops.Length) - 1]);
        }
    }
}
