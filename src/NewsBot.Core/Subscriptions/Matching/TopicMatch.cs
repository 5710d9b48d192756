namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>A subscription an article matches, and why.</summary>
public sealed record TopicMatch(Subscription Subscription, IReadOnlyList<MatchHit> Hits);
