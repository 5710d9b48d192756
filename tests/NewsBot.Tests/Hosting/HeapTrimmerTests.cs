using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using NewsBot.Core.Subscriptions;
using NewsBot.Hosting;
using NewsBot.Hosting.Memory;
using NewsBot.Testing.Time;

namespace NewsBot.Tests.Hosting;

public sealed class HeapTrimmerTests
{
    private const long Megabyte = 1024 * 1024;

    [Fact]
    public void TrimIfWorthIt_ExcessOverTheThreshold_CompactsOnceAndLogsWhatItGaveBack()
    {
        var heap = new FakeHeap(committed: 180 * Megabyte, live: 130 * Megabyte) { AfterCompaction = new HeapReading(140 * Megabyte, 128 * Megabyte) };
        var logger = new FakeLogger<HeapTrimmer>();
        var trimmer = Trimmer(heap, new HeapTrimOptions(), new FakeTimeProvider(), logger);

        Assert.True(trimmer.TrimIfWorthIt());

        Assert.Equal(1, heap.Compactions);
        Assert.Equal(1, trimmer.Trims);
        Assert.Contains("180 MB committed over 130 MB live, now 140 MB over 128 MB", logger.LatestRecord.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TrimIfWorthIt_ExcessUnderTheThreshold_LeavesTheHeapAlone()
    {
        var heap = new FakeHeap(committed: 140 * Megabyte, live: 130 * Megabyte);

        Assert.False(Trimmer(heap, new HeapTrimOptions()).TrimIfWorthIt());

        Assert.Equal(0, heap.Compactions);
    }

    [Fact]
    public void TrimIfWorthIt_LargeLiveHeap_WaitsForAnExcessInProportion()
    {
        // 15 % of 2 GB is ~300 MB: an excess of 100 MB is not worth stopping a large process for.
        var heap = new FakeHeap(committed: 2148 * Megabyte, live: 2048 * Megabyte);
        var trimmer = Trimmer(heap, new HeapTrimOptions());

        Assert.False(trimmer.TrimIfWorthIt());

        heap.Reading = new HeapReading(2448 * Megabyte, 2048 * Megabyte);
        Assert.True(trimmer.TrimIfWorthIt());
    }

    [Fact]
    public void TrimIfWorthIt_AgainWithinTheLeastInterval_WaitsItOut()
    {
        var heap = new FakeHeap(committed: 200 * Megabyte, live: 100 * Megabyte);
        var time = new FakeTimeProvider();
        var trimmer = Trimmer(heap, new HeapTrimOptions { MinSecondsBetweenTrims = 60 }, time);

        Assert.True(trimmer.TrimIfWorthIt());
        time.Advance(TimeSpan.FromSeconds(59));
        Assert.False(trimmer.TrimIfWorthIt());
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(trimmer.TrimIfWorthIt());

        Assert.Equal(2, heap.Compactions);
    }

    [Fact]
    public void TrimIfWorthIt_NoFullCollectionYet_HasNothingToCompareWith()
    {
        var heap = new FakeHeap(committed: 500 * Megabyte, live: null);

        Assert.False(Trimmer(heap, new HeapTrimOptions()).TrimIfWorthIt());
    }

    [Fact]
    public void TrimIfWorthIt_TrimmingTurnedOff_NeverCompacts()
    {
        var heap = new FakeHeap(committed: 500 * Megabyte, live: 100 * Megabyte);

        Assert.False(Trimmer(heap, new HeapTrimOptions { TrimAboveMegabytes = 0 }).TrimIfWorthIt());

        Assert.Equal(0, heap.Compactions);
    }

    [Fact]
    public async Task Run_CompactionFails_LogsItAndTriesAgainAtTheNextCheck()
    {
        var heap = new FakeHeap(committed: 200 * Megabyte, live: 100 * Megabyte) { Failure = new InvalidOperationException("no") };
        var time = new FakeTimeProvider();
        var logger = new FakeLogger<HeapTrimmer>();
        using var trimmer = Trimmer(heap, new HeapTrimOptions { CheckSeconds = 10 }, time, logger);

        await RunChecksAsync(trimmer, time, checks: 2, done: tick => heap.Attempts > tick);

        Assert.Equal(2, heap.Attempts);
        Assert.Equal(2, logger.Collector.GetSnapshot().Count(r => r.Id.Id == 6047));
    }

    [Fact]
    public async Task Run_EveryCheck_HandsTheNativeHeapsFreePagesBack()
    {
        // Nothing to compact: the managed heap holds what it keeps.
        var heap = new FakeHeap(committed: 100 * Megabyte, live: 100 * Megabyte);
        var time = new FakeTimeProvider();
        using var trimmer = Trimmer(heap, new HeapTrimOptions { CheckSeconds = 10 }, time);

        await RunChecksAsync(trimmer, time, checks: 3, done: tick => heap.NativeReleases > tick);

        Assert.Equal(3, heap.NativeReleases);
        Assert.Equal(0, heap.Compactions);
    }

    [Fact]
    public void Read_RealHeapAfterAFullCollection_KnowsTheLiveHeapAndCommitsAtLeastThat()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);

        var reading = new ProcessHeap(new GcHeapCompactor()).Read();

        Assert.NotNull(reading.LiveBytes);
        Assert.True(reading.LiveBytes > 0);
        Assert.True(reading.CommittedBytes >= reading.LiveBytes);
    }

    [Theory]
    [InlineData("Memory:TrimAboveMegabytes", "-1")]
    [InlineData("Memory:TrimAbovePercentOfLive", "0")]
    [InlineData("Memory:CheckSeconds", "0")]
    [InlineData("Memory:MinSecondsBetweenTrims", "0")]
    public void Options_OutOfRange_RefusedAtStartNamingTheKey(string key, string value)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [key] = value })
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddHeapTrimming();
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<HeapTrimOptions>>().Value);

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    private static HeapTrimmer Trimmer(FakeHeap heap, HeapTrimOptions options, FakeTimeProvider? time = null, FakeLogger<HeapTrimmer>? logger = null) =>
        new(heap, Options.Create(options), time ?? new FakeTimeProvider(), logger ?? new FakeLogger<HeapTrimmer>());

    // Starts the trimmer, lets its timer fire every 10 s the given number of times, each once the previous check
    // is done, and stops it.
    private static async Task RunChecksAsync(HeapTrimmer trimmer, FakeTimeProvider time, int checks, Func<int, bool> done)
    {
        await trimmer.StartAsync(CancellationToken.None);
        for (var tick = 0; tick < checks; tick++)
        {
            await WaitUntilAsync(() => time.PendingTimers > 0);
            time.Advance(TimeSpan.FromSeconds(10));
            var current = tick;
            await WaitUntilAsync(() => done(current));
        }

        await trimmer.StopAsync(CancellationToken.None);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }

    private sealed class FakeHeap(long committed, long? live) : IProcessHeap
    {
        private bool _compacted;

        public HeapReading Reading { get; set; } = new(committed, live);

        public HeapReading? AfterCompaction { get; init; }

        public Exception? Failure { get; init; }

        public int Attempts { get; private set; }

        public int Compactions { get; private set; }

        public int NativeReleases { get; private set; }

        public HeapReading Read() => _compacted && AfterCompaction is { } after ? after : Reading;

        public bool ReleaseNativeFreePages()
        {
            NativeReleases++;
            return true;
        }

        public void Compact()
        {
            Attempts++;
            if (Failure is not null)
            {
                throw Failure;
            }

            Compactions++;
            _compacted = true;
        }
    }
}
