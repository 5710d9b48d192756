namespace NewsBot.Storage.Tests;

/// <summary>
/// Base of the contract tests every backend of the ports must pass: a derived class per backend (SQLite,
/// in memory, PostgreSQL) says only how to make a fresh, empty database.
/// </summary>
public abstract class StoreContract : IAsyncLifetime
{
    private StoreSet? _stores;

    protected StoreSet Stores => _stores ?? throw new InvalidOperationException("The stores are created in InitializeAsync.");

    protected abstract Task<StoreSet> CreateStoresAsync();

    public async Task InitializeAsync() => _stores = await CreateStoresAsync();

    public async Task DisposeAsync()
    {
        if (_stores is not null)
        {
            await _stores.DisposeAsync();
        }
    }
}
