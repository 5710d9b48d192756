namespace NewsBot.Benchmarks.Soak;

/// <summary>One outbox row as the lost/doubled check reads it.</summary>
internal sealed record DeliveryRowFact(long Id, string Platform, string ChannelId, long? StoryId, string Kind, string Status);
