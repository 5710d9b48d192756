using System.Globalization;
using NewsBot.Core.Delivery;

namespace NewsBot.Benchmarks.Soak;

/// <summary>
/// The soak's channels: even numbers on Discord (text channels), odd ones on Telegram, where one in four is a
/// group (a negative chat id, limited to 20 messages a minute) and the rest private chats or channels.
/// </summary>
internal static class SoakChannels
{
    public const string DiscordPlatform = "discord";
    public const string TelegramPlatform = "telegram";

    public static ChannelAddress Of(int channel) => channel % 2 == 0
        ? new ChannelAddress(DiscordPlatform, (1_100_000_000_000_000_000L + channel).ToString(CultureInfo.InvariantCulture))
        : new ChannelAddress(TelegramPlatform, (channel % 8 == 1 ? -(1_000_000_000_000L + channel) : 100_000_000L + channel).ToString(CultureInfo.InvariantCulture));

    public static IEnumerable<ChannelAddress> All(int count) => Enumerable.Range(0, count).Select(Of);
}
