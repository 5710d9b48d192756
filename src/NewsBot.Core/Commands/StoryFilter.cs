using NewsBot.Core.Delivery;
using NewsBot.Core.Subscriptions;
using NewsBot.Core.Subscriptions.Matching;
using NewsBot.Core.Subscriptions.Query;

namespace NewsBot.Core.Commands;

/// <summary>Whether stories match one topic query, through the same matcher as the alerts use.</summary>
internal sealed class StoryFilter
{
    private readonly TopicIndex _index;
    private readonly bool _byFeed;

    public StoryFilter(TopicQuery query, AliasTable aliases)
    {
        _index = new TopicIndex(aliases);
        _index.Upsert(new Subscription
        {
            Id = 1,
            Channel = new ChannelAddress("commands", "query"),
            Query = query.Text,
            CreatedAt = DateTimeOffset.UnixEpoch,
        });
        _byFeed = UsesFeed(query.Root);
    }

    public bool Matches(StoryView story)
    {
        var analysis = ReadModels.ToAnalysis(story);
        var feeds = story.FeedNames.Count == 0 ? [string.Empty] : story.FeedNames;

        // Only a feed: filter can tell one feed from another; otherwise one pass over the text decides.
        var tried = _byFeed ? feeds : feeds.Take(1);
        return tried.Any(feed => _index.Match(ReadModels.ToArticle(story, feed), analysis).Count > 0);
    }

    private static bool UsesFeed(QueryNode node) => node switch
    {
        FilterNode filter => filter.Kind == FilterKind.Feed,
        AndNode and => and.Children.Any(UsesFeed),
        OrNode or => or.Children.Any(UsesFeed),
        NotNode not => UsesFeed(not.Child),
        _ => false,
    };
}
