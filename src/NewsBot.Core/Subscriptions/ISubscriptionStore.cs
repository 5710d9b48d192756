using NewsBot.Core.Delivery;

namespace NewsBot.Core.Subscriptions;

/// <summary>Keeps the channels' topic subscriptions.</summary>
public interface ISubscriptionStore
{
    /// <summary>Adds the subscription, or returns the existing one if the channel already has the same query.</summary>
    Task<Subscription> AddAsync(NewSubscription subscription, CancellationToken cancellationToken);

    /// <summary>Removes a channel's subscription; false if the channel has none with that id.</summary>
    Task<bool> RemoveAsync(ChannelAddress channel, long id, CancellationToken cancellationToken);

    Task<IReadOnlyList<Subscription>> ListByChannelAsync(ChannelAddress channel, CancellationToken cancellationToken);

    /// <summary>Every subscription that is not paused.</summary>
    Task<IReadOnlyList<Subscription>> ListActiveAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The subscriptions among <paramref name="ids"/> that exist and are not paused. The outbox asks for the few its
    /// claimed deliveries belong to rather than listing them all. The default filters <see cref="ListActiveAsync"/>,
    /// for stores where that is cheap; a database store looks the ids up.
    /// </summary>
    async Task<IReadOnlyList<Subscription>> ListActiveByIdsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var wanted = ids.ToHashSet();
        return (await ListActiveAsync(cancellationToken).ConfigureAwait(false)).Where(s => wanted.Contains(s.Id)).ToList();
    }

    /// <summary>
    /// The active subscriptions in <see cref="SubscriptionMode.Digest"/> with a time to post. The digest scheduler
    /// asks for these few rather than listing every subscription. The default filters <see cref="ListActiveAsync"/>,
    /// for stores where that is cheap; a database store selects them.
    /// </summary>
    async Task<IReadOnlyList<Subscription>> ListActiveDigestsAsync(CancellationToken cancellationToken) =>
        (await ListActiveAsync(cancellationToken).ConfigureAwait(false))
            .Where(s => s is { Mode: SubscriptionMode.Digest, DigestAt: not null })
            .ToList();

    /// <summary>Pauses or resumes every subscription of a channel; returns how many changed.</summary>
    Task<int> SetPausedAsync(ChannelAddress channel, bool paused, CancellationToken cancellationToken);

    /// <summary>
    /// Pauses or resumes every subscription of a chat, whatever its thread or forum topic: the bot was
    /// removed from the chat, or added back. Returns how many changed.
    /// </summary>
    Task<int> SetChatPausedAsync(string platform, string channelId, bool paused, CancellationToken cancellationToken);

    /// <summary>
    /// A chat got a new id (a Telegram group upgraded to a supergroup): its subscriptions move to
    /// <paramref name="toChannelId"/>, threads kept. A query the new id already has is not duplicated.
    /// Returns how many subscriptions the new id gained.
    /// </summary>
    Task<int> MoveChatAsync(string platform, string fromChannelId, string toChannelId, CancellationToken cancellationToken);

    /// <summary>
    /// A number that changes whenever any subscription is added, changed or removed, by any node: equal
    /// numbers mean <see cref="ListActiveAsync"/> would give the same answer, so an index need not reload.
    /// </summary>
    Task<long> GetVersionAsync(CancellationToken cancellationToken);
}
