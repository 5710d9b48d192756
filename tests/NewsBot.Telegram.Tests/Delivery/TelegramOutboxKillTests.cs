using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Delivery;
using NewsBot.Telegram.Delivery;
using NewsBot.Testing.Crash;
using NewsBot.Testing.Telegram;
using Xunit.Abstractions;

namespace NewsBot.Telegram.Tests.Delivery;

/// <summary>The outbox posting to Telegram, killed at random steps and restarted: what each chat got.</summary>
public sealed class TelegramOutboxKillTests(ITestOutputHelper output)
{
    private const int KillsWanted = 120;

    private static readonly ChannelAddress[] Chats = [new("telegram", "-100123"), new("telegram", "-100456")];

    [Fact]
    public async Task Outbox_KilledAtRandomSteps_LosesNoAlertAndDoublesNone_SaveOneTelegramAcceptedButWasNotRecorded()
    {
        // What the chats get from a run without kills; a story's later articles may edit or follow up its alert.
        var (expected, _) = await RunAsync(new Random(0), kills: 0);
        var random = new Random(1517);
        var (runs, kills, lost, doubled, window) = (0, 0, 0, 0, 0);
        while (kills < KillsWanted)
        {
            runs++;
            var (got, lives) = await RunAsync(random, kills: 3);
            kills += lives.Count(l => l.IsDead);

            // Telegram accepted the message (any in flight when the process died) and it was never recorded as sent.
            var acceptedUnrecorded = lives.Sum(l => l.TookEffect("POST sendMessage") + l.TookEffect("POST editMessageText") - l.TookEffect("mark sent"));
            lost += expected.Sum(e => Math.Max(0, e.Value - got.GetValueOrDefault(e.Key)));
            var extra = got.Sum(g => Math.Max(0, g.Value - expected.GetValueOrDefault(g.Key)));
            window += Math.Min(extra, acceptedUnrecorded);
            doubled += Math.Max(0, extra - acceptedUnrecorded);
        }

        output.WriteLine($"{runs} runs, {kills} kills; messages lost {lost}, doubled {doubled}; accepted by Telegram but not recorded, posted again: {window}");
        Assert.Equal(0, lost);
        Assert.Equal(0, doubled);
    }

    /// <summary>Each (chat, message) the chats got, with how many times; and the lives of the process.</summary>
    private static async Task<(Dictionary<string, int> Got, List<CrashPoint> Lives)> RunAsync(Random random, int kills)
    {
        await using var fake = await FakeBotApi.StartAsync();
        var run = new OutboxKillRun();
        var lives = new List<TelegramHarness>();
        try
        {
            await run.RunAsync(
                Chats,
                crash =>
                {
                    var life = new TelegramHarness(fake, crash: crash);
                    lives.Add(life);
                    return life.Services.GetRequiredService<TelegramChatTransport>();
                },
                random,
                kills);
        }
        finally
        {
            foreach (var life in lives)
            {
                await life.DisposeAsync();
            }
        }

        var got = fake.Messages.GroupBy(m => $"{m.Method} {m.ChatId} {m.Text}").ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return (got, run.Lives);
    }
}
