using Dapper;
using NewsBot.Core.Platforms;
using NewsBot.Storage.Shared;

namespace NewsBot.Storage.Platforms;

internal sealed class PlatformStateStore(IStorageConnections connections, TimeProvider timeProvider) : IPlatformStateStore
{
    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT value FROM platform_state WHERE key = @Key;", new { Key = key }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task SetAsync(string key, string value, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(value);
        await using var connection = await connections.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO platform_state (key, value, updated_at) VALUES (@Key, @Value, @Now)
            ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at;
            """,
            new { Key = key, Value = value, Now = UnixTime.ToMs(timeProvider.GetUtcNow()) },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }
}
