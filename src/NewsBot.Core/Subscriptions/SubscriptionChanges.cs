namespace NewsBot.Core.Subscriptions;

/// <summary>What one <see cref="ITopicMatcher.Synchronize"/> changed; <see cref="Rejected"/> counts new queries that do not parse.</summary>
public sealed record SubscriptionChanges(int Added, int Updated, int Removed, int Rejected)
{
    public bool Any => Added + Updated + Removed + Rejected > 0;
}
