using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Delivery;
using NewsBot.Core.Delivery.Pacing;
using NewsBot.Testing.Time;

namespace NewsBot.Core.Tests.Delivery.Pacing;

/// <summary>
/// The platform's cap on sends really leaving in any second (Telegram counts about 30 a second per bot), under the
/// evenly spaced pace: sends whose timers fired late must not leave together with the on-time ones.
/// </summary>
[Collection(FakeClockDriven.Name)]
public sealed class PacedChatTransportWindowTests
{
    private const int Rate = 10;

    private static readonly CancellationToken None = CancellationToken.None;

    private readonly FakeTimeProvider _clock = new();
    private readonly DateTimeOffset _start;

    public PacedChatTransportWindowTests()
    {
        _start = _clock.GetUtcNow();
    }

    private static ChannelAddress Chat(int i) => new("telegram", $"c{i}", null);

    private PacedChatTransport Paced(ScriptedChatTransport platform, PlatformWindowStart windowFrom) =>
        new(platform, new PacingOptions { MessagesPerSecond = Rate, PerGroupPerMinute = 0, WindowFrom = windowFrom }, null, _clock, NullLogger.Instance, () => 0.5);

    private static Task<string[]> SendToDistinctChats(PacedChatTransport paced, int count) =>
        Task.WhenAll(Enumerable.Range(0, count).Select(i => paced.SendAlertAsync(Chat(i), TestAlerts.Titled($"m{i}"), None)));

    // The most sends at times in one half-open second [t, t + 1 s), as the platform counts them.
    private static int MostInAnySecond(IEnumerable<DateTimeOffset> times)
    {
        var sorted = times.Order().ToArray();
        var most = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            var inSecond = sorted.Skip(i).TakeWhile(t => t - sorted[i] < TimeSpan.FromSeconds(1)).Count();
            most = Math.Max(most, inSecond);
        }

        return most;
    }

    // A loaded machine: the clock jumps past many reserved slots at once, so their timers all fire together,
    // late; then the sends after them run on time until the next stall.
    private async Task RunWithStallsAsync(Task work)
    {
        var stalls = new[] { 1.55, 0.8, 2.3, 0.45 };
        for (var i = 0; !work.IsCompleted; i++)
        {
            await _clock.SettleAsync(work);
            var next = i % 3 == 0 ? _clock.GetUtcNow() + TimeSpan.FromSeconds(stalls[i / 3 % stalls.Length]) : _clock.NextTimerDue;
            if (next is null || work.IsCompleted)
            {
                break;
            }

            var now = _clock.GetUtcNow();
            _clock.Advance(next.Value > now ? next.Value - now : TimeSpan.Zero);
        }

        await _clock.RunAsync(work);
    }

    [Theory]
    [InlineData(PlatformWindowStart.Send)]
    [InlineData(PlatformWindowStart.Answer)]
    public async Task Send_TimersFiredLateAfterStalls_NeverPutMoreThanTheRateInAnySecond(PlatformWindowStart windowFrom)
    {
        var platform = new ScriptedChatTransport(_clock);
        var paced = Paced(platform, windowFrom);

        await RunWithStallsAsync(SendToDistinctChats(paced, 120));

        Assert.Equal(120, platform.Posts.Count);
        Assert.True(MostInAnySecond(platform.Attempts.Select(a => a.At)) <= Rate, $"{MostInAnySecond(platform.Attempts.Select(a => a.At))} sends in one second");
    }

    [Theory]
    [InlineData(PlatformWindowStart.Send)]
    [InlineData(PlatformWindowStart.Answer)]
    public async Task Send_AnswersComeAtOnce_TheWholeRateGoesThroughOnItsEvenSchedule(PlatformWindowStart windowFrom)
    {
        var platform = new ScriptedChatTransport(_clock);
        var paced = Paced(platform, windowFrom);

        await _clock.RunAsync(SendToDistinctChats(paced, 4 * Rate));

        var seconds = platform.Posts.Select(p => Math.Round((p.At - _start).TotalSeconds, 3)).Order().ToArray();
        Assert.Equal(Enumerable.Range(0, 4 * Rate).Select(i => (double)i / Rate), seconds);
    }

    [Fact]
    public async Task Send_WindowFromAnswerWithSlowAnswers_NoSendLeavesBeforeOneSecondAfterTheAnswerOfTheOneItsPlaceWas()
    {
        var platform = new ScriptedChatTransport(_clock) { AnswerDelay = TimeSpan.FromMilliseconds(400) };
        var paced = Paced(platform, PlatformWindowStart.Answer);

        await _clock.RunAsync(SendToDistinctChats(paced, 3 * Rate));

        // Each send arrived somewhere between leaving and its answer; a send N places later leaving only a second
        // after that answer means no second on the platform's clock can see more than N arrivals.
        var left = platform.Attempts.Select(a => a.At).Order().ToArray();
        var answered = platform.Posts.Select(p => p.At).Order().ToArray();
        Assert.Equal(3 * Rate, answered.Length);
        for (var k = 0; k + Rate < left.Length; k++)
        {
            Assert.True(left[k + Rate] >= answered[k] + TimeSpan.FromSeconds(1), $"send {k + Rate} left at {left[k + Rate]:O}, before {answered[k]:O} + 1 s");
        }

        // And it is the window that slowed them: the pace alone would have sent all 30 in 3 s.
        Assert.True(left[^1] - left[0] >= TimeSpan.FromSeconds(2 * 1.4));
    }

    [Fact]
    public async Task Send_WindowFromSendWithSlowAnswers_KeepsThePace()
    {
        var platform = new ScriptedChatTransport(_clock) { AnswerDelay = TimeSpan.FromMilliseconds(400) };
        var paced = Paced(platform, PlatformWindowStart.Send);

        await _clock.RunAsync(SendToDistinctChats(paced, 3 * Rate));

        var seconds = platform.Attempts.Select(a => Math.Round((a.At - _start).TotalSeconds, 3)).Order().ToArray();
        Assert.Equal(Enumerable.Range(0, 3 * Rate).Select(i => (double)i / Rate), seconds);
    }
}
