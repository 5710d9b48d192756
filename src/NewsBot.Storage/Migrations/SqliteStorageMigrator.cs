using System.Diagnostics;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using NewsBot.Storage.Sqlite;

namespace NewsBot.Storage.Migrations;

/// <summary>Applies the embedded SQLite migrations and records each in <c>schema_migrations</c>.</summary>
internal sealed class SqliteStorageMigrator(
    SqliteConnectionFactory connections,
    IReadOnlyList<Migration> migrations,
    TimeProvider timeProvider,
    ILogger<SqliteStorageMigrator> logger) : IStorageMigrator
{
    private const string CreateHistoryTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    INTEGER PRIMARY KEY,
            name       TEXT    NOT NULL,
            applied_at INTEGER NOT NULL
        );
        """;

    public async Task<MigrationResult> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(CreateHistoryTable, cancellationToken: cancellationToken)).ConfigureAwait(false);
        EnsureKnown(await ReadAppliedAsync(connection, null, cancellationToken).ConfigureAwait(false));

        var appliedNow = new List<string>();
        foreach (var migration in migrations)
        {
            if (await ApplyAsync(connection, migration, cancellationToken).ConfigureAwait(false))
            {
                appliedNow.Add(migration.ToString());
            }
        }

        var version = (await ReadAppliedAsync(connection, null, cancellationToken).ConfigureAwait(false)).DefaultIfEmpty(0).Max();
        Log.SchemaReady(logger, version, appliedNow.Count);
        return new MigrationResult(version, appliedNow);
    }

    private async Task<bool> ApplyAsync(SqliteConnection connection, Migration migration, CancellationToken cancellationToken)
    {
        // The write lock is taken before looking at the history, so of two processes starting together one
        // applies the migration and the other, once it gets the lock, sees it done.
        await using var transaction = connection.BeginImmediate();
        var applied = await ReadAppliedAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        EnsureKnown(applied);
        if (applied.Contains(migration.Version))
        {
            return false;
        }

        var stopwatch = Stopwatch.StartNew();
        await MigrationRunner.ApplyAsync(connection, transaction, migration, timeProvider, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        Log.MigrationApplied(logger, migration.Version, migration.Name, stopwatch.ElapsedMilliseconds);
        return true;
    }

    private static async Task<HashSet<int>> ReadAppliedAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        var versions = await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT version FROM schema_migrations;", transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return versions.Select(v => checked((int)v)).ToHashSet();
    }

    private void EnsureKnown(HashSet<int> applied)
    {
        var latest = migrations.Count == 0 ? 0 : migrations[^1].Version;
        var unknown = applied.Where(v => v > latest).Order().ToList();
        if (unknown.Count > 0)
        {
            throw new StorageSchemaException(
                $"The database is at schema version {unknown[^1]:D4}, newer than this build of NewsBot knows (latest {latest:D4}). " +
                "Run a newer NewsBot, or point Storage:ConnectionString at another database.");
        }
    }
}
