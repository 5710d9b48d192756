namespace NewsBot.Core.Feeds;

public enum FeedPollOutcome
{
    /// <summary>Read; <see cref="FeedPollResult.NewArticles"/> holds what was new.</summary>
    Read,

    /// <summary>The server said nothing changed (304).</summary>
    NotModified,

    /// <summary>The read failed; the feed backs off.</summary>
    Failed,

    /// <summary>Not read: the feed is backing off after failures.</summary>
    BackingOff,

    /// <summary>Not read: the feed was disabled after too many failures.</summary>
    Disabled,
}
