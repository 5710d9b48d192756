using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Delivery;
using NewsBot.Core.Delivery.Pacing;
using NewsBot.Testing.Time;

namespace NewsBot.Core.Tests.Delivery.Pacing;

[Collection(FakeClockDriven.Name)]
public sealed class PacedChatTransportRetryAfterTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly ChannelAddress Held = new("telegram", "held");

    private readonly FakeTimeProvider _clock = new();
    private readonly ScriptedChatTransport _platform;
    private readonly DateTimeOffset _start;

    public PacedChatTransportRetryAfterTests()
    {
        _platform = new ScriptedChatTransport(_clock);
        _start = _clock.GetUtcNow();
    }

    private static ChatDeliveryException TooManyRequests(int seconds, bool global = false) =>
        new($"429 Too Many Requests: retry after {seconds}") { RetryAfter = TimeSpan.FromSeconds(seconds), GlobalLimit = global };

    private PacedChatTransport Paced(int maxWaitSeconds = 60, int maxRetries = 3) =>
        new(_platform, new PacingOptions { PerGroupPerMinute = 0, MaxWaitSeconds = maxWaitSeconds, MaxRetries = maxRetries }, null, _clock, NullLogger.Instance, () => 0.5);

    // To a tenth: the platform's own bucket (30/s) spaces the first sends to different chats by a few milliseconds.
    private double Seconds(DateTimeOffset at) => Math.Round((at - _start).TotalSeconds, 1);

    [Fact]
    public async Task Send_AnsweredRetryAfter_WaitsThatLongAndSendsOnce()
    {
        _platform.FailNext(Held.ChannelId, TooManyRequests(7));
        var paced = Paced();

        var messageId = await _clock.RunAsync(paced.SendAlertAsync(Held, TestAlerts.Titled("x"), None));

        var post = Assert.Single(_platform.Posts);
        Assert.Equal(7, Seconds(post.At));
        Assert.Equal(2, _platform.Attempts.Count);
        Assert.Equal("1", messageId);
    }

    [Fact]
    public async Task Send_WhoseTurnComesAfterItsSendBy_IsHandedBackNotAttempted()
    {
        var paced = new PacedChatTransport(
            _platform, new PacingOptions { PerChannelPerSecond = 1, PerGroupPerMinute = 0, MaxWaitSeconds = 60 }, null, _clock, NullLogger.Instance, () => 0.5);
        var first = paced.SendAlertAsync(Held, TestAlerts.Titled("first"), None);
        var late = paced.SendAlertAsync(Held, TestAlerts.Titled("late") with { SendBy = _start.AddSeconds(0.5) }, None);

        await _clock.RunAsync(first);
        var refused = await Assert.ThrowsAsync<ChatDeliveryException>(() => _clock.RunAsync(late));

        Assert.True(refused.NotAttempted);
        Assert.Equal(["first"], _platform.Attempts.Select(a => a.Title));
    }

    [Fact]
    public async Task Send_WhileAChatIsHeld_OtherChatsKeepFlowing_AndNothingIsLostOrRepeated()
    {
        _platform.FailNext(Held.ChannelId, TooManyRequests(10), TooManyRequests(10));
        var paced = Paced();

        var sends = new List<Task<string>>();
        for (var i = 0; i < 4; i++)
        {
            sends.Add(paced.SendAlertAsync(Held, TestAlerts.Titled($"held{i}"), None));
            sends.Add(paced.SendAlertAsync(new ChannelAddress("telegram", "free"), TestAlerts.Titled($"free{i}"), None));
        }

        await _clock.RunAsync(Task.WhenAll(sends));

        var held = _platform.Posts.Where(p => p.Channel == Held).ToList();
        var free = _platform.Posts.Where(p => p.Channel.ChannelId == "free").ToList();

        // Two 429s of 10 s each: the held chat's first post waits both out, and the chat stays spaced after.
        Assert.Equal([20, 21, 22, 23], held.Select(p => Seconds(p.At)));
        Assert.Equal([0, 1, 2, 3], free.Select(p => Seconds(p.At)));
        Assert.Equal(["held0", "held1", "held2", "held3"], held.Select(p => p.Title));
        Assert.Equal(8, _platform.Posts.Select(p => p.Title).Distinct().Count());
        Assert.Equal(8, sends.Select(s => s.Result).Distinct().Count());
    }

    [Fact]
    public async Task Send_GlobalRetryAfter_HoldsEveryChatOfThePlatform()
    {
        _platform.FailNext(Held.ChannelId, TooManyRequests(5, global: true));
        var paced = Paced();

        var first = paced.SendAlertAsync(Held, TestAlerts.Titled("held"), None);
        var other = paced.SendAlertAsync(new ChannelAddress("telegram", "other"), TestAlerts.Titled("other"), None);
        await _clock.RunAsync(Task.WhenAll(first, other));

        Assert.All(_platform.Posts, p => Assert.True(Seconds(p.At) >= 5, $"{p.Title} went out at {Seconds(p.At)} s, inside the global hold"));
        Assert.Equal(2, _platform.Posts.Count);
    }

    [Fact]
    public async Task Send_ChannelRetryAfter_DoesNotHoldOtherChats()
    {
        _platform.FailNext(Held.ChannelId, TooManyRequests(5));
        var paced = Paced();

        var first = paced.SendAlertAsync(Held, TestAlerts.Titled("held"), None);
        var other = paced.SendAlertAsync(new ChannelAddress("telegram", "other"), TestAlerts.Titled("other"), None);
        await _clock.RunAsync(Task.WhenAll(first, other));

        Assert.Equal(0, Seconds(_platform.Posts.Single(p => p.Title == "other").At));
        Assert.Equal(5, Seconds(_platform.Posts.Single(p => p.Title == "held").At));
    }

    [Fact]
    public async Task Send_RetryAfterPastTheWaitLimit_EscapesAtOnceWithTheRetryAfter()
    {
        _platform.FailNext(Held.ChannelId, TooManyRequests(300));
        var paced = Paced(maxWaitSeconds: 60);

        var refused = await Assert.ThrowsAsync<ChatDeliveryException>(() => _clock.RunAsync(paced.SendAlertAsync(Held, TestAlerts.Titled("x"), None)));

        Assert.Equal(TimeSpan.FromSeconds(300), refused.RetryAfter);
        Assert.False(refused.NotAttempted);
        Assert.Equal(_start, _clock.GetUtcNow());
        Assert.Single(_platform.Attempts);
    }

    [Fact]
    public async Task Send_ToAChatHeldPastTheWaitLimit_FailsUnsentWithoutCallingThePlatform()
    {
        _platform.FailNext(Held.ChannelId, TooManyRequests(300));
        var paced = Paced(maxWaitSeconds: 60);
        await Assert.ThrowsAsync<ChatDeliveryException>(() => _clock.RunAsync(paced.SendAlertAsync(Held, TestAlerts.Titled("x"), None)));

        _clock.Advance(TimeSpan.FromSeconds(100));
        var refused = await Assert.ThrowsAsync<ChatDeliveryException>(() => _clock.RunAsync(paced.SendAlertAsync(Held, TestAlerts.Titled("y"), None)));

        Assert.True(refused.NotAttempted);
        Assert.Equal(TimeSpan.FromSeconds(200), refused.RetryAfter);
        Assert.Single(_platform.Attempts);
    }

    [Fact]
    public async Task Send_RetryAfterStorm_GivesUpAfterTheRetryBound_AndTheChatRecoversAfterTheHold()
    {
        _platform.FailNext(Held.ChannelId, TooManyRequests(2), TooManyRequests(2), TooManyRequests(2), TooManyRequests(2));
        var paced = Paced(maxRetries: 3);

        var refused = await Assert.ThrowsAsync<ChatDeliveryException>(() => _clock.RunAsync(paced.SendAlertAsync(Held, TestAlerts.Titled("x"), None)));
        var afterwards = await _clock.RunAsync(paced.SendAlertAsync(Held, TestAlerts.Titled("y"), None));

        Assert.Equal(TimeSpan.FromSeconds(2), refused.RetryAfter);
        Assert.Equal(4, _platform.Attempts.Count(a => a.Title == "x"));
        var post = Assert.Single(_platform.Posts);
        Assert.Equal(("y", 8.0), (post.Title, Seconds(post.At)));
        Assert.Equal("1", afterwards);
    }
}
