namespace NewsBot.Benchmarks.Soak;

/// <summary>The bot's database at one moment: what is stored and queued, and the latencies (ms, sorted) of the rows sent since a given time.</summary>
internal sealed record DatabaseCounts(
    long Articles, long Alerts, long Updates, long DueDiscord, long DueTelegram, long Dead, IReadOnlyList<long> SentLatenciesMs, long SizeBytes);
