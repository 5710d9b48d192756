using Dapper;
using NewsBot.Core.Digests;
using NewsBot.Storage.Shared;

namespace NewsBot.Storage.Digests;

internal sealed class DigestRunStore(IStorageConnections connections, TimeProvider timeProvider) : IDigestRunStore
{
    // A run claimed but never sent (the process or node died) may be claimed again; a sent one may not. Two
    // PostgreSQL nodes claiming at once serialize on the primary key: the second sees the first's row.
    private const string Claim = """
        INSERT INTO digest_runs (subscription_id, window_end, claimed_at) VALUES (@SubscriptionId, @WindowEnd, @Now)
        ON CONFLICT (subscription_id, window_end) DO UPDATE SET claimed_at = excluded.claimed_at
        WHERE digest_runs.sent_at IS NULL
        RETURNING subscription_id;
        """;

    public async Task<bool> TryClaimAsync(long subscriptionId, DateTimeOffset windowEnd, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        var claimed = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            Claim,
            new { SubscriptionId = subscriptionId, WindowEnd = UnixTime.ToMs(windowEnd), Now = UnixTime.ToMs(timeProvider.GetUtcNow()) },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return claimed is not null;
    }

    public async Task MarkSentAsync(long subscriptionId, DateTimeOffset windowEnd, string? messageId, DateTimeOffset sentAt, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE digest_runs SET sent_at = @SentAt, message_id = @MessageId WHERE subscription_id = @SubscriptionId AND window_end = @WindowEnd;",
            new { SubscriptionId = subscriptionId, WindowEnd = UnixTime.ToMs(windowEnd), MessageId = messageId, SentAt = UnixTime.ToMs(sentAt) },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }
}
