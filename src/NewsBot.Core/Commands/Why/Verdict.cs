using NewsBot.Core.Subscriptions;

namespace NewsBot.Core.Commands.Why;

/// <summary>Whether an article is posted for one subscription, and the reasons in short lines.</summary>
internal sealed record Verdict(Subscription Subscription, bool Posted, IReadOnlyList<string> Reasons);
