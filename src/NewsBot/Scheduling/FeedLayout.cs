namespace NewsBot.Scheduling;

/// <summary>What laying the feeds out did: feeds written (new or changed) and feeds whose stored schedule was kept.</summary>
internal sealed record FeedLayout(int Written, int Kept);
