using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using NewsBot.Core.Analysis;
using NewsBot.Core.Delivery;
using NewsBot.Core.Delivery.Pacing;
using NewsBot.Scheduling;
using NewsBot.Testing.Metrics;
using NewsBot.Testing.Stores;
using NewsBot.Testing.Time;

namespace NewsBot.Tests.Scheduling;

public sealed class NodeDeliveryLoopTests
{
    private const int IntervalSeconds = 10;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero));
    private readonly FailingClaims _deliveries = new(new InMemoryDeliveryStore()) { Failures = 1 };
    private readonly FakeLogger<NodeDeliveryLoop> _logger = new();

    [Fact]
    public async Task Loop_PassFails_WarnsAndDrainsAgainAtTheNextTick()
    {
        using var loop = Loop();

        await loop.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => _deliveries.Claims == 1 && _logger.Collector.Count == 1);
        var warning = _logger.LatestRecord;
        _time.Advance(TimeSpan.FromSeconds(IntervalSeconds));
        await WaitUntilAsync(() => _deliveries.Claims == 2);
        await loop.StopAsync(CancellationToken.None);

        Assert.Equal((6051, LogLevel.Warning), (warning.Id.Id, warning.Level));
        Assert.IsType<TimeoutException>(warning.Exception);
        Assert.Equal(1, _logger.Collector.Count);
    }

    [Fact]
    public async Task Loop_Stopped_EndsWithoutAnotherPass()
    {
        _deliveries.Failures = 0;
        using var loop = Loop();
        await loop.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => _deliveries.Claims == 1);

        await loop.StopAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(IntervalSeconds * 3));
        await Task.Delay(100);

        Assert.Equal(1, _deliveries.Claims);
        Assert.Equal(0, _logger.Collector.Count);
    }

    private NodeDeliveryLoop Loop()
    {
        var articles = new InMemoryArticleStore();
        var dispatcher = new DeliveryDispatcher(
            _deliveries, new InMemorySubscriptionStore(), [], new StoryContentLoader(articles, new InMemoryArticleAnalysisStore(), new InMemoryStoryStore(articles), new ArticleAnalyzer()),
            new ChannelAlertPolicy(_deliveries, Options.Create(new ChannelLimitsOptions()), _time),
            Options.Create(new DeliveryOptions()), new DeliveryMetrics(new TestMeterFactory()), _time, NullLogger<DeliveryDispatcher>.Instance);
        return new NodeDeliveryLoop(dispatcher, new RunActivity(), Options.Create(new DeliveryOptions { IntervalSeconds = IntervalSeconds }), _time, _logger);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(10);
        }
    }

    /// <summary>Claims fail while <see cref="Failures"/> lasts, as with the database away.</summary>
    private sealed class FailingClaims(IDeliveryStore inner) : DelegatingDeliveryStore(inner)
    {
        private int _claims;

        public int Failures { get; set; }

        public int Claims => Volatile.Read(ref _claims);

        public override Task<IReadOnlyList<Delivery>> ClaimDueAsync(string? platform, int limit, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
        {
            var call = Interlocked.Increment(ref _claims);
            return call <= Failures
                ? Task.FromException<IReadOnlyList<Delivery>>(new TimeoutException("the database is away"))
                : base.ClaimDueAsync(platform, limit, now, leaseUntil, cancellationToken);
        }
    }
}
