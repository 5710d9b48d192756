using NewsBot.Core.Feeds;
using NewsBot.Storage.Feeds;

namespace NewsBot.Storage.Tests.Feeds;

public sealed class SqliteFeedStateStoreTests : FeedStateStoreContract
{
    protected override Task<StoreSet> CreateStoresAsync() => TestDatabase.CreateStoreSetAsync();

    [Fact]
    public async Task Get_FeedNeverSeen_CreatesItsRow()
    {
        await using var database = await TestDatabase.CreateMigratedAsync();
        var store = new FeedStateStore(database.Connections);

        await store.GetAsync("lemonde", CancellationToken.None);
        await store.GetAsync("lemonde", CancellationToken.None);

        Assert.Equal(1L, await database.ScalarAsync<long>("SELECT count(*) FROM feeds WHERE name = 'lemonde';"));
    }

    [Fact]
    public async Task Save_FeedNeverSeen_CreatesItsRow()
    {
        await using var database = await TestDatabase.CreateMigratedAsync();
        var store = new FeedStateStore(database.Connections);

        await store.SaveAsync(FeedState.New("lemonde") with { ConsecutiveFailures = 1 }, CancellationToken.None);

        Assert.Equal(1L, await database.ScalarAsync<long>("SELECT consecutive_failures FROM feeds WHERE name = 'lemonde';"));
    }
}
