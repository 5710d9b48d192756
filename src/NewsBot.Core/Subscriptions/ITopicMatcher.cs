using NewsBot.Core.Articles;

namespace NewsBot.Core.Subscriptions;

/// <summary>Decides which subscriptions an article belongs to.</summary>
public interface ITopicMatcher
{
    /// <summary>The subscriptions among <paramref name="subscriptions"/> whose topic the article matches.</summary>
    IReadOnlyList<Subscription> Match(Article article, IReadOnlyList<Subscription> subscriptions);
}
