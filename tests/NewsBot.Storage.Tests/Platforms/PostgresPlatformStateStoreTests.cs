namespace NewsBot.Storage.Tests.Platforms;

[RequiresPostgres]
public sealed class PostgresPlatformStateStoreTests : PlatformStateStoreContract
{
    protected override Task<StoreSet> CreateStoresAsync() => PostgresStores.CreateStoreSetAsync();
}
