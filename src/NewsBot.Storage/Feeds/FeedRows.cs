using Dapper;
using System.Data.Common;

namespace NewsBot.Storage.Feeds;

/// <summary>Feed rows are created on first use by name, whichever table needs them first (same SQL in both dialects).</summary>
internal static class FeedRows
{
    public static async Task<long> EnsureIdAsync(DbConnection connection, DbTransaction transaction, string feedName, CancellationToken cancellationToken)
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
