namespace NewsBot.Feeds.Parsing;

/// <summary>The feed formats the reader understands.</summary>
internal enum FeedFormat
{
    Rss,
    Atom,
    JsonFeed,
}
