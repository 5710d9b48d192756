using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Storage.Migrations;
using NewsBot.Storage.Postgres;
using NewsBot.Testing.Time;

namespace NewsBot.Storage.Tests;

/// <summary>
/// A migrated PostgreSQL database of its own (on <see cref="PostgresTestServer"/>) and the stores over it;
/// every connection factory made for it, including other "nodes", is disposed with it before the drop.
/// </summary>
internal sealed class PostgresStores : IAsyncDisposable
{
    private readonly List<PostgresConnectionFactory> _factories = [];

    private PostgresStores(PostgresTestDatabase database)
    {
        Database = database;
    }

    public PostgresTestDatabase Database { get; }

    public static async Task<PostgresStores> CreateAsync(bool migrate = true)
    {
        var stores = new PostgresStores(await PostgresTestDatabase.CreateAsync());
        if (migrate)
        {
            await stores.Migrator().MigrateAsync(CancellationToken.None);
        }

        return stores;
    }

    public static async Task<StoreSet> CreateStoreSetAsync()
    {
        var stores = await CreateAsync();
        return stores.StoreSet(owner: stores);
    }

    /// <summary>A connection factory of its own, as another node would have.</summary>
    public PostgresConnectionFactory NewFactory()
    {
        var factory = new PostgresConnectionFactory(Database.ConnectionString);
        lock (_factories)
        {
            _factories.Add(factory);
        }

        return factory;
    }

    public PostgresStorageMigrator Migrator(IReadOnlyList<Migration>? migrations = null) => new(
        NewFactory(),
        migrations ?? MigrationCatalog.Postgres,
        new FakeTimeProvider(),
        NullLogger<PostgresStorageMigrator>.Instance);

    public async ValueTask DisposeAsync()
    {
        foreach (var factory in _factories)
        {
            await factory.DisposeAsync();
        }

        await Database.DisposeAsync();
    }

    private StoreSet StoreSet(IAsyncDisposable? owner) =>
        Tests.StoreSet.Over(NewFactory(), () => StoreSet(owner: null), owner);
}
