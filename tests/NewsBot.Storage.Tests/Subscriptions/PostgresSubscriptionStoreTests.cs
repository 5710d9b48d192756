namespace NewsBot.Storage.Tests.Subscriptions;

[RequiresPostgres]
public sealed class PostgresSubscriptionStoreTests : SubscriptionStoreContract
{
    protected override Task<StoreSet> CreateStoresAsync() => PostgresStores.CreateStoreSetAsync();
}
