using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Delivery;
using NewsBot.Core.Delivery.Pacing;
using NewsBot.Testing.Time;

namespace NewsBot.Core.Tests.Delivery.Pacing;

[Collection(FakeClockDriven.Name)]
public sealed class PacedChatTransportRetryTests
{
    private static readonly ChannelAddress Chat = new("telegram", "7");

    private readonly FakeTimeProvider _clock = new();
    private readonly ScriptedChatTransport _platform;
    private readonly DateTimeOffset _start;

    public PacedChatTransportRetryTests()
    {
        _platform = new ScriptedChatTransport(_clock);
        _start = _clock.GetUtcNow();
    }

    // A jitter draw of 0.5 scales the backoff by exactly 1, so the delays are 1 s, 2 s, 4 s, ...; the rate limits
    // are set high so that only the backoff spaces the attempts.
    private PacedChatTransport Paced(int maxRetries = 3, int maxWaitSeconds = 60, double jitterDraw = 0.5) =>
        new(_platform, new PacingOptions { MessagesPerSecond = 1000, PerChannelPerSecond = 1000, PerGroupPerMinute = 0, MaxRetries = maxRetries, RetryBaseDelaySeconds = 1, MaxWaitSeconds = maxWaitSeconds },
            null, _clock, NullLogger.Instance, () => jitterDraw);

    private double[] AttemptSeconds() => _platform.Attempts.Select(a => (a.At - _start).TotalSeconds).ToArray();

    private static Task<string> Send(PacedChatTransport paced, CancellationToken cancellationToken = default) =>
        paced.SendAlertAsync(Chat, TestAlerts.Titled("x"), cancellationToken);

    [Fact]
    public async Task Send_TransientFailures_AreRetriedWithExponentialBackoff()
    {
        _platform.FailNext(Chat.ChannelId, new HttpRequestException("connection reset"), new ChatDeliveryException("502 Bad Gateway"), new TimeoutException());

        await _clock.RunAsync(Send(Paced()));

        Assert.Equal([0, 1, 3, 7], AttemptSeconds());
        Assert.Single(_platform.Posts);
    }

    [Theory]
    [InlineData(0.0, 0.5)]
    [InlineData(0.999, 1.499)]
    public async Task Send_Backoff_IsJitteredAroundTheNominalDelay(double draw, double firstDelaySeconds)
    {
        _platform.FailNext(Chat.ChannelId, new HttpRequestException("reset"));

        await _clock.RunAsync(Send(Paced(jitterDraw: draw)));

        Assert.Equal(firstDelaySeconds, AttemptSeconds()[1], precision: 3);
    }

    [Fact]
    public async Task Send_FailingBeyondTheRetryBound_ThrowsTheLastFailure()
    {
        _platform.FailNext(Chat.ChannelId, Enumerable.Range(1, 10).Select(i => new HttpRequestException($"reset {i}")).ToArray());

        var failure = await Assert.ThrowsAsync<HttpRequestException>(() => _clock.RunAsync(Send(Paced(maxRetries: 2))));

        Assert.Equal("reset 3", failure.Message);
        Assert.Equal([0, 1, 3], AttemptSeconds());
        Assert.Empty(_platform.Posts);
    }

    [Fact]
    public async Task Send_RetriesThatWouldOutlastTheWaitLimit_StopAtIt()
    {
        _platform.FailNext(Chat.ChannelId, Enumerable.Range(1, 10).Select(i => new HttpRequestException($"reset {i}")).ToArray());

        await Assert.ThrowsAsync<HttpRequestException>(() => _clock.RunAsync(Send(Paced(maxRetries: 10, maxWaitSeconds: 5))));

        // 1 s, 2 s, then the 4 s backoff is cut to the 2 s left; at the limit no further retry starts.
        Assert.Equal([0, 1, 3, 5], AttemptSeconds());
        Assert.Equal(_start.AddSeconds(5), _clock.GetUtcNow());
    }

    [Fact]
    public async Task Send_ChannelUnavailable_IsNeverRetried()
    {
        _platform.FailNext(Chat.ChannelId, new ChatDeliveryException("403 Forbidden: bot was kicked") { ChannelUnavailable = true, RetryAfter = TimeSpan.FromSeconds(1) });

        var failure = await Assert.ThrowsAsync<ChatDeliveryException>(() => _clock.RunAsync(Send(Paced())));

        Assert.True(failure.ChannelUnavailable);
        Assert.Single(_platform.Attempts);
        Assert.Equal(_start, _clock.GetUtcNow());
    }

    [Fact]
    public async Task Send_UnexpectedError_IsNotRetried()
    {
        _platform.FailNext(Chat.ChannelId, new InvalidOperationException("bug in the renderer"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => _clock.RunAsync(Send(Paced())));

        Assert.Single(_platform.Attempts);
    }

    [Fact]
    public async Task Send_TimeoutReportedAsCancellation_IsRetried()
    {
        // What HttpClient throws when its own timeout fires: a cancellation nobody asked for.
        _platform.FailNext(Chat.ChannelId, new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout", new TimeoutException()));

        await _clock.RunAsync(Send(Paced()));

        Assert.Equal([0, 1], AttemptSeconds());
    }

    [Fact]
    public async Task Send_CancelledByTheCaller_IsNotRetried()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _clock.RunAsync(Send(Paced(), cancellation.Token)));

        Assert.Empty(_platform.Posts);
    }

    [Fact]
    public async Task Send_CancelledWhileWaitingForABackoff_StopsWaiting()
    {
        _platform.FailNext(Chat.ChannelId, new HttpRequestException("reset"));
        using var cancellation = new CancellationTokenSource();
        var send = Send(Paced(), cancellation.Token);

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => send);
        Assert.Single(_platform.Attempts);
    }

    [Fact]
    public async Task Send_NoRetriesConfigured_FailsOnTheFirstTransientFailure()
    {
        _platform.FailNext(Chat.ChannelId, new HttpRequestException("reset"));

        await Assert.ThrowsAsync<HttpRequestException>(() => _clock.RunAsync(Send(Paced(maxRetries: 0))));

        Assert.Single(_platform.Attempts);
    }
}
