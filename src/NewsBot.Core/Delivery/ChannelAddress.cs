namespace NewsBot.Core.Delivery;

/// <summary>Where alerts go: a platform, a chat or channel on it, and optionally a thread or forum topic.</summary>
public sealed record ChannelAddress(string Platform, string ChannelId, string? ThreadId = null)
{
    public override string ToString() =>
        ThreadId is null ? $"{Platform}:{ChannelId}" : $"{Platform}:{ChannelId}/{ThreadId}";
}
