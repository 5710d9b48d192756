namespace NewsBot.Feeds.Parsing;

/// <summary>An item that could not be read, by its 1-based position in the feed, and why.</summary>
internal sealed record ItemFailure(int Position, string Reason);
