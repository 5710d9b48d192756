namespace NewsBot.Benchmarks.Soak;

/// <summary>Messages (creations and edits) each fake accepted, and the 429s it answered, since it started.</summary>
internal sealed record PlatformCounts(long DiscordMessages, long DiscordRefused, long TelegramMessages, long TelegramRefused);
