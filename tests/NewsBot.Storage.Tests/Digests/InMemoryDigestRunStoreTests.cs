namespace NewsBot.Storage.Tests.Digests;

public sealed class InMemoryDigestRunStoreTests : DigestRunStoreContract
{
    protected override Task<StoreSet> CreateStoresAsync() => Task.FromResult(StoreSet.InMemory());
}
