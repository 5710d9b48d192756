using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Subscriptions;

/// <summary>
/// Decides which subscriptions an article belongs to. Holds the subscriptions compiled, so matching an
/// article costs about the same with a thousand subscriptions as with a hundred thousand.
/// </summary>
public interface ITopicMatcher
{
    /// <summary>
    /// Makes the matcher hold exactly <paramref name="subscriptions"/> (the store's active ones): adds the
    /// new, recompiles the changed, drops the missing, and leaves the rest untouched.
    /// </summary>
    SubscriptionChanges Synchronize(IReadOnlyList<Subscription> subscriptions);

    /// <summary>
    /// The held subscriptions whose topic the article matches, each once. <paramref name="analysis"/>
    /// answers <c>lang:</c>, <c>source:</c> and <c>has:figure</c>; without it the matcher analyzes.
    /// </summary>
    IReadOnlyList<Subscription> Match(Article article, ArticleAnalysis? analysis);
}
