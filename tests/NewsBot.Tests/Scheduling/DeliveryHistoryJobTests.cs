using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using NewsBot.Testing.Time;
using NewsBot.Core.Delivery;
using NewsBot.Scheduling;

namespace NewsBot.Tests.Scheduling;

public sealed class DeliveryHistoryJobTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 10, 0, 0, TimeSpan.Zero);

    private static (DeliveryHistoryJob Job, FakeLogger<DeliveryHistoryJob> Logger) Job(IDeliveryHistory history, int keepDays = 14)
    {
        var logger = new FakeLogger<DeliveryHistoryJob>();
        var job = new DeliveryHistoryJob(history, Options.Create(new DeliveryOptions { KeepSettledDays = keepDays }), new FakeTimeProvider(Now), logger);
        return (job, logger);
    }

    [Fact]
    public async Task Execute_ManyOldRows_DeletesBatchAfterBatchUntilOneComesShortAndSaysHowMany()
    {
        var history = new ScriptedHistory(CleanupBatches.BatchSize, CleanupBatches.BatchSize, 7, 99);
        var (job, logger) = Job(history);

        await job.Execute(null!, CancellationToken.None);

        Assert.Equal(3, history.Calls.Count);
        Assert.All(history.Calls, call => Assert.Equal((Now.AddDays(-14), CleanupBatches.BatchSize), call));
        var line = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal((6049, LogLevel.Information), (line.Id.Id, line.Level));
        Assert.Contains($"{(2 * CleanupBatches.BatchSize) + 7}", line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_MoreOldRowsThanARunTakes_StopsAfterItsBatchesAndLeavesTheRestForTheNextRun()
    {
        var history = new ScriptedHistory(Enumerable.Repeat(CleanupBatches.BatchSize, CleanupBatches.MaxBatchesPerRun + 5).ToArray());
        var (job, _) = Job(history);

        await job.Execute(null!, CancellationToken.None);

        Assert.Equal(CleanupBatches.MaxBatchesPerRun, history.Calls.Count);
    }

    [Fact]
    public async Task Execute_NothingOld_DeletesNothingAndLogsNothing()
    {
        var history = new ScriptedHistory(0);
        var (job, logger) = Job(history);

        await job.Execute(null!, CancellationToken.None);

        Assert.Single(history.Calls);
        Assert.Empty(logger.Collector.GetSnapshot());
    }

    [Fact]
    public async Task Execute_KeepSettledDaysZero_NeverTouchesTheOutbox()
    {
        var history = new ScriptedHistory(5);
        var (job, _) = Job(history, keepDays: 0);

        await job.Execute(null!, CancellationToken.None);

        Assert.Empty(history.Calls);
    }

    [Fact]
    public async Task Execute_StoreFails_WarnsWithWhatWasDeletedAndDoesNotThrow()
    {
        var history = new ScriptedHistory(CleanupBatches.BatchSize) { FailAtCall = 2 };
        var (job, logger) = Job(history);

        await job.Execute(null!, CancellationToken.None);

        var line = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal((6050, LogLevel.Warning), (line.Id.Id, line.Level));
        Assert.Contains($"{CleanupBatches.BatchSize}", line.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(line.Exception);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(-1)]
    public void Options_KeepSettledDaysWithinTheStoryWindow_AreRefusedNamingTheKey(int days)
    {
        var options = new DeliveryOptions { KeepSettledDays = days };
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();

        System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), results, validateAllProperties: true);

        Assert.Contains(results, r => r.ErrorMessage!.StartsWith("Delivery:KeepSettledDays", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(14)]
    public void Options_KeepSettledDaysZeroOrPastTheStoryWindow_AreValid(int days)
    {
        var options = new DeliveryOptions { KeepSettledDays = days };
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();

        Assert.True(System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), results, validateAllProperties: true));
        Assert.Equal(14, new DeliveryOptions().KeepSettledDays);
    }

    private sealed class ScriptedHistory(params int[] deletions) : IDeliveryHistory
    {
        public List<(DateTimeOffset Before, int Limit)> Calls { get; } = [];

        public int FailAtCall { get; init; }

        public Task<int> DeleteSettledAsync(DateTimeOffset before, int limit, CancellationToken cancellationToken)
        {
            Calls.Add((before, limit));
            if (Calls.Count == FailAtCall)
            {
                throw new InvalidOperationException("database is locked");
            }

            return Task.FromResult(deletions[Math.Min(Calls.Count, deletions.Length) - 1]);
        }
    }
}
