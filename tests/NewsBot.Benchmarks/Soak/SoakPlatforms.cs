using NewsBot.Testing.Discord;
using NewsBot.Testing.Telegram;

namespace NewsBot.Benchmarks.Soak;

/// <summary>
/// The test suite's Discord and Telegram fakes on loopback, with the platforms' limits on: Discord 50 requests a
/// second for the bot and 5 messages per 5 seconds per channel (its message bucket), Telegram 30 messages a
/// second, one a second per chat and 20 a minute per group, each answered 429 when overrun.
/// </summary>
internal sealed class SoakPlatforms : IAsyncDisposable
{
    public const int DiscordCeilingPerSecond = 50;
    public const int TelegramCeilingPerSecond = 30;

    private SoakPlatforms(FakeDiscordServer discord, FakeBotApi telegram)
    {
        Discord = discord;
        Telegram = telegram;
    }

    public FakeDiscordServer Discord { get; }

    public FakeBotApi Telegram { get; }

    public static async Task<SoakPlatforms> StartAsync(int channels, CancellationToken cancellationToken)
    {
        var discord = await FakeDiscordServer.StartAsync(cancellationToken).ConfigureAwait(false);
        discord.GlobalLimit = DiscordCeilingPerSecond;
        discord.MessageBucketLimit = 5;
        discord.MessageBucketWindow = TimeSpan.FromSeconds(5);
        foreach (var channel in SoakChannels.All(channels).Where(c => c.Platform == SoakChannels.DiscordPlatform))
        {
            discord.AddChannel(channel.ChannelId);
        }

        var telegram = await FakeBotApi.StartAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        telegram.EnforceSendLimits = true;
        telegram.MessagesPerSecond = TelegramCeilingPerSecond;
        telegram.GroupMessagesPerMinute = 20;
        return new SoakPlatforms(discord, telegram);
    }

    /// <summary>Messages the platforms accepted (creations and edits) and the 429s they answered, so far.</summary>
    public PlatformCounts Count()
    {
        long discordMessages = 0;
        foreach (var request in Discord.Requests)
        {
            if (request.Status is >= 200 and < 300 && request.Path.Contains("/messages", StringComparison.Ordinal) && request.Method is "POST" or "PATCH")
            {
                discordMessages++;
            }
        }

        return new PlatformCounts(
            discordMessages, Discord.BucketViolations + Discord.GlobalViolations, Telegram.Messages.Count, Telegram.FloodViolations);
    }

    public async ValueTask DisposeAsync()
    {
        await Discord.DisposeAsync().ConfigureAwait(false);
        await Telegram.DisposeAsync().ConfigureAwait(false);
    }
}
