namespace NewsBot.Core.Feeds;

public enum FeedSourceKind
{
    Http,
    Folder,
}
