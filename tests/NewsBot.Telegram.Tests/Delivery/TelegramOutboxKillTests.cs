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
        var random = new Random(1517);
        var (runs, kills, lost, doubled, window) = (0, 0, 0, 0, 0);
        while (kills < KillsWanted)
        {
            runs++;
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
                    random);
            }
            finally
            {
                foreach (var life in lives)
                {
                    await life.DisposeAsync();
                }
            }

            kills += run.Kills.Count;

            // Telegram accepted the message and the process died before recording it, whatever it was about to do.
            var acceptedUnrecorded = run.Kills.Count(k => k.EndsWith("after POST sendMessage", StringComparison.Ordinal));
            var copies = Chats.SelectMany(chat => OutboxKillRun.Cities.Select(city =>
                fake.Messages.Count(m => m.ChatId == chat.ChannelId && m.Visible.Contains(city, StringComparison.Ordinal)))).ToList();
            lost += copies.Count(c => c == 0);
            var extra = copies.Sum(c => Math.Max(0, c - 1));
            window += Math.Min(extra, acceptedUnrecorded);
            doubled += Math.Max(0, extra - acceptedUnrecorded);
        }

        output.WriteLine($"{runs} runs, {kills} kills; alerts lost {lost}, doubled {doubled}; accepted by Telegram but not recorded, posted again: {window}");
        Assert.Equal(0, lost);
        Assert.Equal(0, doubled);
    }
}
