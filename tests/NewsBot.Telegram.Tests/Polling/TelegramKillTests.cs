using System.Globalization;
using NewsBot.Core.Delivery;
using NewsBot.Telegram.Interaction;
using NewsBot.Testing.Crash;
using NewsBot.Testing.Telegram;
using Xunit.Abstractions;

namespace NewsBot.Telegram.Tests.Polling;

/// <summary>
/// The poller killed at random steps (before or just after a store write or a Bot API request), restarted on the
/// same stores and the same Telegram, until a life runs to the end. Counts what was lost and what was doubled.
/// </summary>
public sealed class TelegramKillTests(ITestOutputHelper output)
{
    private const long Group = -1001500;
    private const long Admin = 11;
    private const long AlertMessageId = 77;
    private const int KillsWanted = 120;
    private const int KillsPerRun = 3;

    /// <summary>A clean run of the script takes about this many steps; kills are drawn among them.</summary>
    private const int StepsOfARun = 36;

    private static readonly ChannelAddress Chat = new("telegram", Group.ToString(CultureInfo.InvariantCulture));

    [Fact]
    public async Task Poller_KilledAtRandomSteps_LosesNoUpdateAndRepeatsNoEffect_OnlyAnAnswerAcceptedUnrecordedIsSentTwice()
    {
        var random = new Random(1515);
        var kills = 0;
        var lost = 0;
        var unexplainedDoubles = 0;
        var windowDoubles = 0;
        var wrongState = 0;
        var runs = 0;
        var answeredFromARerun = 0;
        var killedAt = new Dictionary<string, int>(StringComparer.Ordinal);
        while (kills < KillsWanted)
        {
            runs++;
            var run = await RunAsync(random);
            kills += run.Kills.Count;
            foreach (var where in run.Kills.Select(k => k.StartsWith("before ", StringComparison.Ordinal) ? k[..k.IndexOf(" after ", StringComparison.Ordinal)] : k))
            {
                killedAt[where] = killedAt.GetValueOrDefault(where) + 1;
            }

            // Telegram accepted a message, the process died before recording it: whatever step it was about to take.
            var sentUnrecorded = run.Kills.Count(k => k.EndsWith("after POST sendMessage", StringComparison.Ordinal));
            var extra = run.Replies.Sum(r => r.Value - 1);
            lost += run.Expected - run.Replies.Count(r => r.Value > 0) + (run.CallbackAnswered ? 0 : 1);
            windowDoubles += Math.Min(extra, sentUnrecorded);
            unexplainedDoubles += Math.Max(0, extra - sentUnrecorded);
            if (extra != sentUnrecorded)
            {
                output.WriteLine($"killed {string.Join(" / ", run.Kills)}: {extra} extra answers, replies {string.Join(", ", run.Replies.Select(r => $"{r.Key}×{r.Value}"))}");
            }
            wrongState += run.StateIsRight ? 0 : 1;
            answeredFromARerun += run.RerunAnswers;
        }

        output.WriteLine($"{runs} runs, {kills} kills; lost {lost}, doubled {unexplainedDoubles}; answers accepted but unrecorded, sent again: {windowDoubles}; commands run again after their effect, answered from the new state: {answeredFromARerun}");
        output.WriteLine(string.Join(", ", killedAt.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key}: {k.Value}")));
        Assert.True(kills >= KillsWanted);
        Assert.Equal(0, lost);
        Assert.Equal(0, unexplainedDoubles);
        Assert.Equal(0, wrongState);
        Assert.Contains(killedAt.Keys, k => k.StartsWith("after set telegram:update-in-progress", StringComparison.Ordinal));
    }

    private static async Task<RunResult> RunAsync(Random random)
    {
        await using var fake = await FakeBotApi.StartAsync();
        fake.SetMember(Group, Admin, "administrator");
        fake.PushMessage(Group, "supergroup", Admin, "/subscribe alpha");
        fake.PushMessage(Group, "supergroup", Admin, "/subscribe beta");
        fake.PushMessage(Group, "supergroup", Admin, "/unsubscribe alpha");
        fake.PushMessage(Group, "supergroup", Admin, "/subscriptions");
        var press = fake.PushCallback(Group, "supergroup", Admin, AlertMessageId, AlertButtons.FiguresPrefix + AlertButtons.TopicHash("beta"));
        var last = fake.PushMessage(Group, "supergroup", Admin, "/help");

        var kills = new List<string>();
        TelegramHarness? previous = null;
        for (var life = 0; ; life++)
        {
            var crash = life < KillsPerRun ? new CrashPoint(random.Next(1, StepsOfARun + 1), afterStep: random.Next(2) == 1) : CrashPoint.Never;
            var harness = new TelegramHarness(fake, restartOf: previous, crash: crash);
            await harness.StartPollingAsync();
            var deadline = Environment.TickCount64 + 30_000;
            while (!crash.IsDead && fake.ConfirmedOffset <= last)
            {
                Assert.True(Environment.TickCount64 < deadline, $"life {life} neither died nor finished; {fake.PendingUpdates} updates pending");
                await Task.Delay(5);
            }

            await harness.DisposeAsync();
            previous = harness;
            if (!crash.IsDead)
            {
                break;
            }

            kills.Add(await crash.Killed);
        }

        var subscriptions = await previous.Subscriptions.ListByChannelAsync(Chat, CancellationToken.None);
        return new RunResult
        {
            Kills = kills,
            Expected = 6,
            Replies = fake.Messages.GroupBy(m => m.ReplyToMessageId ?? 0).ToDictionary(g => g.Key, g => g.Count()),
            CallbackAnswered = fake.AnsweredCallbacks.Count(a => a.Id == press) == 1,
            StateIsRight = subscriptions.Count == 1 && subscriptions[0].Query == "beta",
            RerunAnswers = fake.Messages.Count(m => m.Visible.StartsWith("Already subscribed", StringComparison.Ordinal)
                || m.Visible.Contains("No subscription of this channel has the topic", StringComparison.Ordinal)),
        };
    }

    private sealed record RunResult
    {
        public required List<string> Kills { get; init; }

        public required int Expected { get; init; }

        public required IReadOnlyDictionary<long, int> Replies { get; init; }

        public required bool CallbackAnswered { get; init; }

        public required bool StateIsRight { get; init; }

        /// <summary>Answers of a command run again after its effect took place and before its outcome was recorded.</summary>
        public required int RerunAnswers { get; init; }
    }
}
