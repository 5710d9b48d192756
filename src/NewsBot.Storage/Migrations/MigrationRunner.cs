using System.Data.Common;
using Dapper;
using NewsBot.Storage.Shared;

namespace NewsBot.Storage.Migrations;

/// <summary>What applying one migration means on every engine: run its script, then record it, in the caller's transaction.</summary>
internal static class MigrationRunner
{
    public static async Task ApplyAsync(DbConnection connection, DbTransaction transaction, Migration migration, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
        catch (DbException ex)
        {
            throw new StorageSchemaException($"Storage migration {migration} failed: {ex.Message}", ex);
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt);",
            new { migration.Version, migration.Name, AppliedAt = UnixTime.ToMs(timeProvider.GetUtcNow()) },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }
}
