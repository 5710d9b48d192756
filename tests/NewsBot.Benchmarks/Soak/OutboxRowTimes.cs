namespace NewsBot.Benchmarks.Soak;

/// <summary>When one outbox row was queued and when it was sent (null while it is not), in Unix milliseconds.</summary>
internal sealed record OutboxRowTimes(string Platform, long CreatedAtMs, long? SentAtMs);
