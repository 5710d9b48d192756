using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Discord.Gateway;
using NewsBot.Testing.Discord;
using NewsBot.Testing.Time;

namespace NewsBot.Discord.Tests.Gateway;

public sealed class GatewayConnectionTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new();
    private FakeDiscordServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeDiscordServer.StartAsync(CancellationToken.None);
        _server.Gateway.HeartbeatIntervalMs = 1000;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private readonly TaskCompletionSource<string> _firstEvent = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private GatewayConnection Connect(double jitter) => new(
        new DiscordOptions { Token = FakeDiscordServer.Token, ApplicationId = FakeDiscordServer.ApplicationId },
        (type, _, _) =>
        {
            _firstEvent.TrySetResult(type);
            return Task.CompletedTask;
        },
        _time,
        () => jitter,
        NullLogger.Instance);

    [Fact]
    public async Task Heartbeat_FirstAfterTheJitteredPartOfTheIntervalThenEveryInterval()
    {
        using var connection = Connect(jitter: 0.5);
        using var stop = new CancellationTokenSource();
        var run = connection.RunAsync(_server.GatewayUrl, null, stop.Token);
        await DiscordTestHost.WaitUntilAsync("identified", () => _server.Gateway.IsReady);
        await _server.Gateway.DispatchCommandAsync("help", new Dictionary<string, string>(), "100", 0);
        await _firstEvent.Task.WaitAsync(TimeSpan.FromSeconds(10));

        _time.Advance(TimeSpan.FromMilliseconds(450));
        await Task.Delay(200);
        Assert.Equal(0, _server.Gateway.Heartbeats);

        _time.Advance(TimeSpan.FromMilliseconds(50));
        await DiscordTestHost.WaitUntilAsync("the first heartbeat", () => _server.Gateway.Heartbeats == 1);
        await WaitForNextBeatTimerAsync();
        _time.Advance(TimeSpan.FromMilliseconds(1000));
        await DiscordTestHost.WaitUntilAsync("the second heartbeat", () => _server.Gateway.Heartbeats == 2);
        Assert.Equal(2, _server.Gateway.LastHeartbeatSequence);

        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
    }

    [Fact]
    public async Task Heartbeat_NotAcknowledgedByTheNextBeat_EndsTheConnectionForAResume()
    {
        using var connection = Connect(jitter: 0);
        _server.Gateway.WithholdAcks = true;
        var run = connection.RunAsync(_server.GatewayUrl, null, CancellationToken.None);
        await DiscordTestHost.WaitUntilAsync("identified", () => _server.Gateway.IsReady);
        await DiscordTestHost.WaitUntilAsync("the first heartbeat", () => _server.Gateway.Heartbeats == 1);

        // Dispatches are read in order: once this one is handled, READY was too.
        await _server.Gateway.DispatchCommandAsync("help", new Dictionary<string, string>(), "100", 0);
        await _firstEvent.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await WaitForNextBeatTimerAsync();

        _time.Advance(TimeSpan.FromMilliseconds(1000));
        var (outcome, session) = await run.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(GatewayNext.Resume, outcome.Next);
        Assert.Contains("zombie", outcome.Reason, StringComparison.Ordinal);
        Assert.NotNull(session);
        Assert.Equal(1, _server.Gateway.Heartbeats);
    }

    // The loop arms its next wait just after sending a beat; advancing the clock before that would be lost.
    // The beat just sent schedules the next one an interval from now. Any later timer would not do: advancing the clock
    // before the loop has set its own made the next beat wait on a clock that no longer moved (seen on a loaded machine).
    private Task WaitForNextBeatTimerAsync() =>
        DiscordTestHost.WaitUntilAsync("the next heartbeat is scheduled", () => _time.HasTimerDueAt(_time.GetUtcNow().AddMilliseconds(_server.Gateway.HeartbeatIntervalMs)));
}
