using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Delivery;
using NewsBot.Core.Subscriptions;
using NewsBot.Core.Subscriptions.Matching;
using NewsBot.Testing.Stores;

namespace NewsBot.Core.Tests.Subscriptions;

public sealed class ActiveSubscriptionsTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly ChannelAddress Channel = new("telegram", "-1001");

    private readonly CountingStore _store = new();
    private readonly TopicIndex _index = new(AliasTable.Empty);

    private readonly CountingCompactor _compactor = new();

    private ActiveSubscriptions Active() => new(_store, _index, NullLogger<ActiveSubscriptions>.Instance, _compactor);

    private Task<Subscription> SubscribeAsync(string query) =>
        _store.AddAsync(new NewSubscription { Channel = Channel, Query = query, CreatedAt = DateTimeOffset.UnixEpoch }, None);

    [Fact]
    public async Task Refresh_WhenNothingChanged_DoesNotReadTheSubscriptionsAgain()
    {
        await SubscribeAsync("Ukraine");
        using var active = Active();

        Assert.True(await active.RefreshAsync(None));
        Assert.False(await active.RefreshAsync(None));
        Assert.False(await active.RefreshAsync(None));

        Assert.Equal(1, _store.Listings);
        Assert.Equal(1, _index.Count);
    }

    [Fact]
    public async Task Refresh_AfterAChangeMadeElsewhere_AppliesIt()
    {
        var ukraine = await SubscribeAsync("Ukraine");
        using var active = Active();
        await active.RefreshAsync(None);

        await SubscribeAsync("Koursk");
        await _store.RemoveAsync(Channel, ukraine.Id, None);

        Assert.True(await active.RefreshAsync(None));
        Assert.Equal(2, _store.Listings);
        Assert.Equal(1, _index.Count);
    }

    [Fact]
    public async Task Refresh_FirstLoadOfManySubscriptions_CompactsTheHeapOnce()
    {
        await SubscribeManyAsync(ActiveSubscriptions.BulkChangeMinimum);
        using var active = Active();

        await active.RefreshAsync(None);
        await active.RefreshAsync(None);

        Assert.Equal(ActiveSubscriptions.BulkChangeMinimum, _index.Count);
        Assert.Equal(1, _compactor.Compactions);
    }

    [Fact]
    public async Task Refresh_AFewChangesAfterABulkLoad_DoesNotCompactAgain()
    {
        await SubscribeManyAsync(ActiveSubscriptions.BulkChangeMinimum);
        using var active = Active();
        await active.RefreshAsync(None);

        await SubscribeAsync("Koursk");
        Assert.True(await active.RefreshAsync(None));

        Assert.Equal(1, _compactor.Compactions);
    }

    [Fact]
    public async Task Refresh_FirstLoadOfAFewSubscriptions_DoesNotCompact()
    {
        await SubscribeManyAsync(ActiveSubscriptions.BulkChangeMinimum - 1);
        using var active = Active();

        Assert.True(await active.RefreshAsync(None));

        Assert.Equal(0, _compactor.Compactions);
    }

    private async Task SubscribeManyAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await SubscribeAsync($"sujet{i}");
        }
    }

    private sealed class CountingCompactor : IHeapCompactor
    {
        public int Compactions { get; private set; }

        public void Compact() => Compactions++;
    }

    /// <summary>The in-memory store, counting how often every active subscription is read.</summary>
    private sealed class CountingStore : ISubscriptionStore
    {
        private readonly InMemorySubscriptionStore _inner = new();

        public int Listings { get; private set; }

        public Task<Subscription> AddAsync(NewSubscription subscription, CancellationToken cancellationToken) => _inner.AddAsync(subscription, cancellationToken);

        public Task<bool> RemoveAsync(ChannelAddress channel, long id, CancellationToken cancellationToken) => _inner.RemoveAsync(channel, id, cancellationToken);

        public Task<IReadOnlyList<Subscription>> ListByChannelAsync(ChannelAddress channel, CancellationToken cancellationToken) => _inner.ListByChannelAsync(channel, cancellationToken);

        public Task<IReadOnlyList<Subscription>> ListActiveAsync(CancellationToken cancellationToken)
        {
            Listings++;
            return _inner.ListActiveAsync(cancellationToken);
        }

        public Task<int> SetPausedAsync(ChannelAddress channel, bool paused, CancellationToken cancellationToken) => _inner.SetPausedAsync(channel, paused, cancellationToken);

        public Task<int> SetChatPausedAsync(string platform, string channelId, bool paused, CancellationToken cancellationToken) =>
            _inner.SetChatPausedAsync(platform, channelId, paused, cancellationToken);

        public Task<int> MoveChatAsync(string platform, string fromChannelId, string toChannelId, CancellationToken cancellationToken) =>
            _inner.MoveChatAsync(platform, fromChannelId, toChannelId, cancellationToken);

        public Task<long> GetVersionAsync(CancellationToken cancellationToken) => _inner.GetVersionAsync(cancellationToken);
    }
}
