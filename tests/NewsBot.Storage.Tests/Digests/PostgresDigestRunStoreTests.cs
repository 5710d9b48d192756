namespace NewsBot.Storage.Tests.Digests;

[RequiresPostgres]
public sealed class PostgresDigestRunStoreTests : DigestRunStoreContract
{
    protected override Task<StoreSet> CreateStoresAsync() => PostgresStores.CreateStoreSetAsync();
}
