using System.Data.Common;
using Dapper;
using NewsBot.Core.Delivery;
using NewsBot.Storage.Shared;

namespace NewsBot.Storage.Delivery;

/// <summary>
/// The batch insert of new deliveries, the one place the engines need differently shaped parameters: PostgreSQL
/// binds arrays, SQLite has none.
/// </summary>
internal static class DeliveryInserts
{
    // SQLite: one row per statement; Dapper runs it once per row and sums the rows each one inserted
    // (conflicts insert none). The caller holds the write lock around the whole batch.
    private const string Sqlite = """
        INSERT INTO deliveries (platform, channel_id, thread_id, article_id, story_id, kind, subscription_id, status, created_at, next_attempt_at)
        VALUES (@Platform, @ChannelId, @ThreadId, @ArticleId, @StoryId, @Kind, @SubscriptionId, 'due', @CreatedAt, @CreatedAt)
        ON CONFLICT DO NOTHING;
        """;

    // PostgreSQL: one statement for the whole batch: arrays of columns, unnested into rows.
    private const string Postgres = """
        INSERT INTO deliveries (platform, channel_id, thread_id, article_id, story_id, kind, subscription_id, status, created_at, next_attempt_at)
        SELECT platform, channel_id, thread_id, article_id, story_id, kind, subscription_id, 'due', created_at, created_at
        FROM unnest(@Platforms, @ChannelIds, @ThreadIds, @ArticleIds, @StoryIds, @Kinds, @SubscriptionIds, @CreatedAts)
             AS d (platform, channel_id, thread_id, article_id, story_id, kind, subscription_id, created_at)
        ON CONFLICT DO NOTHING;
        """;

    public static CommandDefinition Command(
        StorageDialect dialect, IReadOnlyList<NewDelivery> rows, DbTransaction? transaction, CancellationToken cancellationToken) =>
        dialect.IsPostgres
            ? new CommandDefinition(
                Postgres,
                new
                {
                    Platforms = rows.Select(d => d.Channel.Platform).ToArray(),
                    ChannelIds = rows.Select(d => d.Channel.ChannelId).ToArray(),
                    ThreadIds = rows.Select(d => ThreadIds.ToColumn(d.Channel.ThreadId)).ToArray(),
                    ArticleIds = rows.Select(d => d.ArticleId).ToArray(),
                    StoryIds = rows.Select(d => d.StoryId).ToArray(),
                    Kinds = rows.Select(d => DeliveryKindText.Of(d.Kind)).ToArray(),
                    SubscriptionIds = rows.Select(d => d.SubscriptionId).ToArray(),
                    CreatedAts = rows.Select(d => UnixTime.ToMs(d.CreatedAt)).ToArray(),
                },
                transaction,
                cancellationToken: cancellationToken)
            : new CommandDefinition(
                Sqlite,
                rows.Select(d => new
                {
                    d.Channel.Platform,
                    d.Channel.ChannelId,
                    ThreadId = ThreadIds.ToColumn(d.Channel.ThreadId),
                    d.ArticleId,
                    d.StoryId,
                    Kind = DeliveryKindText.Of(d.Kind),
                    d.SubscriptionId,
                    CreatedAt = UnixTime.ToMs(d.CreatedAt),
                }).ToList(),
                transaction,
                cancellationToken: cancellationToken);
}
