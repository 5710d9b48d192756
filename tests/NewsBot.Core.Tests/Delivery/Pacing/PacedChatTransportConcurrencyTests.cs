using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Delivery;
using NewsBot.Core.Delivery.Pacing;
using NewsBot.Testing.Time;

namespace NewsBot.Core.Tests.Delivery.Pacing;

[Collection(FakeClockDriven.Name)]
public sealed class PacedChatTransportConcurrencyTests
{
    private const int Chats = 8;
    private const int PerChat = 12;

    private readonly FakeTimeProvider _clock = new();
    private readonly ScriptedChatTransport _platform;

    public PacedChatTransportConcurrencyTests()
    {
        _platform = new ScriptedChatTransport(_clock) { YieldWhileSending = true };
    }

    private PacedChatTransport Paced() =>
        new(_platform, new PacingOptions { MessagesPerSecond = 5, PerChannelPerSecond = 1, PerGroupPerMinute = 0, MaxWaitSeconds = 3600 }, null, _clock, NullLogger.Instance, () => 0.5);

    private static ChannelAddress Chat(int i) => new("telegram", $"chat{i}");

    [Fact]
    public async Task Send_ManyInParallel_EachPostedOnce_OneAtATimePerChat_InCallOrder()
    {
        var paced = Paced();
        _platform.FailNext("chat3", new HttpRequestException("reset"), new ChatDeliveryException("429") { RetryAfter = TimeSpan.FromSeconds(4) });

        // Called one after another, so the order per chat is defined; they then all run at once.
        var sends = new List<Task<string>>();
        for (var n = 0; n < PerChat; n++)
        {
            for (var c = 0; c < Chats; c++)
            {
                sends.Add(paced.SendAlertAsync(Chat(c), TestAlerts.Titled($"{c}/{n}"), CancellationToken.None));
            }
        }

        await _clock.RunAsync(Task.WhenAll(sends));

        var posts = _platform.Posts;
        Assert.Equal(Chats * PerChat, posts.Select(p => p.Title).Distinct().Count());
        Assert.Equal(Chats * PerChat, posts.Count);
        Assert.Equal(1, _platform.MostInFlightToOneChat);
        for (var c = 0; c < Chats; c++)
        {
            var chat = posts.Where(p => p.Channel == Chat(c)).ToList();
            Assert.Equal(Enumerable.Range(0, PerChat).Select(n => $"{c}/{n}"), chat.Select(p => p.Title));
            Assert.All(chat.Zip(chat.Skip(1)), pair => Assert.True(pair.Second.At - pair.First.At >= TimeSpan.FromSeconds(1)));
        }

        AssertPlatformSpacing(posts, TimeSpan.FromSeconds(0.2));
    }

    [Fact]
    public async Task Send_FromManyThreads_NoPostIsLostOrDoubled_AndTheLimitsHold()
    {
        var paced = Paced();

        var sends = Enumerable.Range(0, Chats * PerChat)
            .Select(i => Task.Run(() => paced.SendAlertAsync(Chat(i % Chats), TestAlerts.Titled($"m{i}"), CancellationToken.None)))
            .ToList();
        await _clock.RunAsync(Task.WhenAll(sends));

        var posts = _platform.Posts;
        Assert.Equal(Enumerable.Range(0, Chats * PerChat).Select(i => $"m{i}").Order(), posts.Select(p => p.Title).Order());
        Assert.Equal(1, _platform.MostInFlightToOneChat);
        foreach (var chat in posts.GroupBy(p => p.Channel))
        {
            var times = chat.Select(p => p.At).Order().ToList();
            Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromSeconds(1)));
        }

        AssertPlatformSpacing(posts, TimeSpan.FromSeconds(0.2));
    }

    [Fact]
    public async Task Send_CancelledWhileQueued_LeavesTheQueue_AndTheOnesBehindItStillWaitTheirTurn()
    {
        var paced = Paced();
        using var cancellation = new CancellationTokenSource();

        var first = paced.SendAlertAsync(Chat(0), TestAlerts.Titled("first"), CancellationToken.None);
        var second = paced.SendAlertAsync(Chat(0), TestAlerts.Titled("second"), CancellationToken.None);
        var cancelled = paced.SendAlertAsync(Chat(0), TestAlerts.Titled("cancelled"), cancellation.Token);
        var last = paced.SendAlertAsync(Chat(0), TestAlerts.Titled("last"), CancellationToken.None);
        await cancellation.CancelAsync();
        await _clock.RunAsync(Task.WhenAll(first, second, last));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.Equal(["first", "second", "last"], _platform.Posts.Select(p => p.Title));
        Assert.Equal([0.0, 1.0, 2.0], _platform.Posts.Select(p => (p.At - _platform.Posts[0].At).TotalSeconds));
        Assert.Equal(1, _platform.MostInFlightToOneChat);
    }

    private static void AssertPlatformSpacing(IReadOnlyList<ScriptedChatTransport.Post> posts, TimeSpan interval)
    {
        var times = posts.Select(p => p.At).Order().ToList();
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second - pair.First >= interval, $"{pair.First:O} then {pair.Second:O}"));
    }
}
