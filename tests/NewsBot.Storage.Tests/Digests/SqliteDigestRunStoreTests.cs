namespace NewsBot.Storage.Tests.Digests;

public sealed class SqliteDigestRunStoreTests : DigestRunStoreContract
{
    protected override Task<StoreSet> CreateStoresAsync() => TestDatabase.CreateStoreSetAsync();
}
