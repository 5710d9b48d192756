using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Delivery;
using NewsBot.Core.Delivery.Pacing;
using NewsBot.Testing.Time;

namespace NewsBot.Core.Tests.Delivery.Pacing;

[Collection(FakeClockDriven.Name)]
public sealed class PacedChatTransportSpacingTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly FakeTimeProvider _clock = new();
    private readonly ScriptedChatTransport _platform;
    private readonly DateTimeOffset _start;

    public PacedChatTransportSpacingTests()
    {
        _platform = new ScriptedChatTransport(_clock);
        _start = _clock.GetUtcNow();
    }

    private static ChannelAddress Chat(string id, string? thread = null) => new("telegram", id, thread);

    private PacedChatTransport Paced(PacingOptions options, Func<ChannelAddress, bool>? isGroup = null) =>
        new(_platform, options, isGroup, _clock, NullLogger.Instance, () => 0.5);

    // To a tenth: the platform's own bucket (30/s) spaces the first sends to different chats by a few milliseconds.
    private double[] SecondsOfPostsTo(string chatId) =>
        _platform.Posts.Where(p => p.Channel.ChannelId == chatId).Select(p => Math.Round((p.At - _start).TotalSeconds, 1)).ToArray();

    [Fact]
    public async Task Send_SeveralToOneChat_AreSpacedByThePerChannelRate()
    {
        var paced = Paced(new PacingOptions { PerChannelPerSecond = 1, PerGroupPerMinute = 0 });

        var sends = Enumerable.Range(0, 5).Select(i => paced.SendAlertAsync(Chat("7"), TestAlerts.Titled($"a{i}"), None)).ToList();
        await _clock.RunAsync(Task.WhenAll(sends));

        Assert.Equal([0, 1, 2, 3, 4], SecondsOfPostsTo("7"));
        Assert.Equal(["a0", "a1", "a2", "a3", "a4"], _platform.Posts.Select(p => p.Title));
    }

    [Fact]
    public async Task Send_ToManyChats_IsSpacedByThePlatformRate()
    {
        var paced = Paced(new PacingOptions { MessagesPerSecond = 2, PerGroupPerMinute = 0 });

        var sends = Enumerable.Range(0, 6).Select(i => paced.SendAlertAsync(Chat($"c{i}"), TestAlerts.Titled($"m{i}"), None)).ToList();
        await _clock.RunAsync(Task.WhenAll(sends));

        var seconds = _platform.Posts.Select(p => (p.At - _start).TotalSeconds).Order().ToArray();
        Assert.Equal([0, 0.5, 1, 1.5, 2, 2.5], seconds);
    }

    [Fact]
    public async Task Send_ToAGroup_IsSpacedByThePerGroupRate_AndPrivateChatsOnlyByTheChannelRate()
    {
        var paced = Paced(new PacingOptions { PerChannelPerSecond = 1, PerGroupPerMinute = 20 }, isGroup: c => c.ChannelId.StartsWith('-'));

        var sends = new List<Task>();
        for (var i = 0; i < 3; i++)
        {
            sends.Add(paced.SendAlertAsync(Chat("-100"), TestAlerts.Titled($"g{i}"), None));
            sends.Add(paced.SendAlertAsync(Chat("42"), TestAlerts.Titled($"p{i}"), None));
        }

        await _clock.RunAsync(Task.WhenAll(sends));

        Assert.Equal([0, 3, 6], SecondsOfPostsTo("-100"));
        Assert.Equal([0, 1, 2], SecondsOfPostsTo("42"));
    }

    [Fact]
    public async Task Send_ToTopicsOfOneForum_ShareTheChatsLimit()
    {
        var paced = Paced(new PacingOptions { PerChannelPerSecond = 1, PerGroupPerMinute = 0 });

        var sends = new[]
        {
            paced.SendAlertAsync(Chat("-100", "1"), TestAlerts.Titled("t1"), None),
            paced.SendAlertAsync(Chat("-100", "2"), TestAlerts.Titled("t2"), None),
            paced.SendAlertAsync(Chat("-100"), TestAlerts.Titled("general"), None),
        };
        await _clock.RunAsync(Task.WhenAll(sends));

        Assert.Equal([0, 1, 2], SecondsOfPostsTo("-100"));
    }

    [Fact]
    public async Task Send_AfterAQuietSpell_GoesOutAtOnce()
    {
        var paced = Paced(new PacingOptions { PerChannelPerSecond = 1, PerGroupPerMinute = 0 });
        await paced.SendAlertAsync(Chat("7"), TestAlerts.Titled("first"), None);

        _clock.Advance(TimeSpan.FromSeconds(10));
        await _clock.RunAsync(paced.SendAlertAsync(Chat("7"), TestAlerts.Titled("second"), None));

        Assert.Equal([0, 10], SecondsOfPostsTo("7"));
    }

    [Fact]
    public async Task Send_QueueLongerThanTheWaitLimit_FailsTheLateOnesUnsentSoTheOutboxReschedulesThem()
    {
        var paced = Paced(new PacingOptions { PerChannelPerSecond = 1, PerGroupPerMinute = 0, MaxWaitSeconds = 2 });

        var sends = Enumerable.Range(0, 5).Select(i => paced.SendAlertAsync(Chat("7"), TestAlerts.Titled($"a{i}"), None)).ToList();
        await _clock.RunAsync(Task.WhenAll(sends).ContinueWith(_ => { }, TaskScheduler.Default));

        Assert.Equal([0, 1, 2], SecondsOfPostsTo("7"));
        foreach (var late in sends.Skip(3))
        {
            var refused = await Assert.ThrowsAsync<ChatDeliveryException>(() => late);
            Assert.True(refused.NotAttempted);
            Assert.False(refused.ChannelUnavailable);
            Assert.NotNull(refused.RetryAfter);
        }
    }
}
