using NewsBot.Storage.Migrations;

namespace NewsBot.Storage.Tests.Migrations;

public sealed class PostgresStorageMigratorTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public void Catalog_PostgresAndSqlite_HaveTheSameVersionsAndNames()
    {
        Assert.Equal(
            MigrationCatalog.Sqlite.Select(m => m.ToString()),
            MigrationCatalog.Postgres.Select(m => m.ToString()));
    }

    [PostgresFact]
    public async Task Migrate_FreshDatabase_AppliesEveryMigrationAndRecordsThem()
    {
        await using var stores = await PostgresStores.CreateAsync(migrate: false);

        var result = await stores.Migrator().MigrateAsync(None);

        Assert.Equal(MigrationCatalog.Postgres.Select(m => m.ToString()), result.Applied);
        Assert.Equal(MigrationCatalog.Postgres.Count, result.SchemaVersion);
        Assert.Equal(4L, await stores.Database.ScalarAsync<long>(
            "SELECT count(*) FROM information_schema.tables WHERE table_name IN ('feeds', 'articles', 'subscriptions', 'deliveries');"));
    }

    [PostgresFact]
    public async Task Migrate_SecondRun_AppliesNothing()
    {
        await using var stores = await PostgresStores.CreateAsync();

        var result = await stores.Migrator().MigrateAsync(None);

        Assert.Empty(result.Applied);
        Assert.Equal(MigrationCatalog.Postgres.Count, result.SchemaVersion);
    }

    [PostgresFact]
    public async Task Migrate_ThreeNodesStartingTogether_ApplyEachMigrationOnce()
    {
        await using var stores = await PostgresStores.CreateAsync(migrate: false);

        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => stores.Migrator().MigrateAsync(None))));

        Assert.Equal(MigrationCatalog.Postgres.Count, results.Sum(r => r.Applied.Count));
        Assert.All(results, r => Assert.Equal(MigrationCatalog.Postgres.Count, r.SchemaVersion));
        Assert.Equal((long)MigrationCatalog.Postgres.Count, await stores.Database.ScalarAsync<long>("SELECT count(*) FROM schema_migrations;"));
    }

    [PostgresFact]
    public async Task Migrate_DatabaseFromANewerNewsBot_Throws()
    {
        await using var stores = await PostgresStores.CreateAsync();
        await stores.Database.ExecuteAsync("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 0);");

        var error = await Assert.ThrowsAsync<StorageSchemaException>(() => stores.Migrator().MigrateAsync(None));

        Assert.Contains("0999", error.Message, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task Migrate_FailingMigration_LeavesNothingHalfDone()
    {
        await using var stores = await PostgresStores.CreateAsync(migrate: false);
        var broken = MigrationCatalog.Postgres.Take(1).Append(new Migration(2, "broken", "CREATE TABLE half (id int); SELECT no_such_function();")).ToList();

        await Assert.ThrowsAsync<StorageSchemaException>(() => stores.Migrator(broken).MigrateAsync(None));

        Assert.Equal(0L, await stores.Database.ScalarAsync<long>(
            "SELECT count(*) FROM information_schema.tables WHERE table_name IN ('half', 'feeds', 'schema_migrations');"));
    }
}
