using System.Diagnostics;
using Dapper;
using Microsoft.Extensions.Logging;
using Npgsql;
using NewsBot.Storage.Postgres;

namespace NewsBot.Storage.Migrations;

/// <summary>
/// Applies the embedded PostgreSQL migrations and records each in <c>schema_migrations</c>. Nodes starting
/// together queue on a transaction-level advisory lock, so each migration runs once.
/// </summary>
internal sealed class PostgresStorageMigrator(
    PostgresConnectionFactory connections,
    IReadOnlyList<Migration> migrations,
    TimeProvider timeProvider,
    ILogger<PostgresStorageMigrator> logger) : IStorageMigrator
{
    // Any fixed number; every NewsBot node takes the same one.
    private const long MigrationLockKey = 0x4E657773426F74; // "NewsBot"

    private const string CreateHistoryTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    integer PRIMARY KEY,
            name       text    NOT NULL,
            applied_at bigint  NOT NULL
        );
        """;

    public async Task<MigrationResult> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var appliedNow = new List<string>();
        int version;

        // One transaction for the whole run: PostgreSQL's DDL is transactional, so a failed migration leaves
        // nothing half done, and the lock is held until the history says what was applied.
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false))
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "SELECT pg_advisory_xact_lock(@Key);", new { Key = MigrationLockKey }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await connection.ExecuteAsync(new CommandDefinition(CreateHistoryTable, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            var applied = await ReadAppliedAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            EnsureKnown(applied);

            foreach (var migration in migrations.Where(m => !applied.Contains(m.Version)))
            {
                await ApplyAsync(connection, transaction, migration, cancellationToken).ConfigureAwait(false);
                appliedNow.Add(migration.ToString());
            }

            version = (await ReadAppliedAsync(connection, transaction, cancellationToken).ConfigureAwait(false)).DefaultIfEmpty(0).Max();
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        Log.SchemaReady(logger, version, appliedNow.Count);
        return new MigrationResult(version, appliedNow);
    }

    private async Task ApplyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Migration migration, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        await MigrationRunner.ApplyAsync(connection, transaction, migration, timeProvider, cancellationToken).ConfigureAwait(false);
        Log.MigrationApplied(logger, migration.Version, migration.Name, stopwatch.ElapsedMilliseconds);
    }

    private static async Task<HashSet<int>> ReadAppliedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var versions = await connection.QueryAsync<int>(new CommandDefinition(
            "SELECT version FROM schema_migrations;", transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return versions.ToHashSet();
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
