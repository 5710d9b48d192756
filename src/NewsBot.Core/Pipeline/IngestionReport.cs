using NewsBot.Core.Feeds;

namespace NewsBot.Core.Pipeline;

/// <summary>One feed polled and its new articles matched.</summary>
public sealed record IngestionReport(FeedPollResult Poll, int AlertsQueued);
