namespace NewsBot.Configuration;

/// <summary>The feeds to poll: the top-level <c>Feeds</c> array of the configuration.</summary>
public sealed class FeedListOptions
{
    public const string Section = "Feeds";

    public IList<FeedEntry> Feeds { get; } = [];
}
