using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Subscriptions;

namespace NewsBot.Benchmarks.Soak;

/// <summary>The planner's topic matcher, with the CPU time of each article's match counted (synchronizing is not).</summary>
internal sealed class TimedMatcher(ITopicMatcher inner, BotStats stats) : ITopicMatcher
{
    public SubscriptionChanges Synchronize(IReadOnlyList<Subscription> subscriptions) => inner.Synchronize(subscriptions);

    public IReadOnlyList<Subscription> Match(Article article, ArticleAnalysis? analysis)
    {
        var start = ThreadCpuClock.Now;
        var matched = inner.Match(article, analysis);
        stats.Matched(ThreadCpuClock.Now - start);
        return matched;
    }
}
