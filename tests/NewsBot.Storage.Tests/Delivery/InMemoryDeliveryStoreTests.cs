namespace NewsBot.Storage.Tests.Delivery;

public sealed class InMemoryDeliveryStoreTests : DeliveryStoreContract
{
    protected override Task<StoreSet> CreateStoresAsync() => Task.FromResult(StoreSet.InMemory());
}
