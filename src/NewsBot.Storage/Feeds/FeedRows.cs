using Dapper;
using Microsoft.Data.Sqlite;

namespace NewsBot.Storage.Feeds;

/// <summary>Feed rows are created on first use by name, whichever table needs them first.</summary>
internal static class FeedRows
{
    public static async Task<long> EnsureIdAsync(SqliteConnection connection, SqliteTransaction transaction, string feedName, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO feeds (name) VALUES (@feedName) ON CONFLICT (name) DO NOTHING;",
            new { feedName },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT id FROM feeds WHERE name = @feedName;",
            new { feedName },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }
}
