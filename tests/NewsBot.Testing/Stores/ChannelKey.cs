using NewsBot.Core.Delivery;

namespace NewsBot.Testing.Stores;

/// <summary>A channel as the stores compare it: no thread and an empty thread id are the same place.</summary>
internal readonly record struct ChannelKey(string Platform, string ChannelId, string ThreadId)
{
    public static ChannelKey Of(ChannelAddress channel) => new(channel.Platform, channel.ChannelId, channel.ThreadId ?? "");

    public ChannelAddress ToAddress() => new(Platform, ChannelId, ThreadId.Length == 0 ? null : ThreadId);
}
