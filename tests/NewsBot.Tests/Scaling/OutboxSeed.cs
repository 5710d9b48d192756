using NewsBot.Testing.Postgres;

namespace NewsBot.Tests.Scaling;

/// <summary>
/// Queues many alerts straight in the database: one article, one subscription and one due delivery per channel,
/// queued now (a row queued long ago and sent would be the hourly cleanup's to delete, which also runs at start).
/// </summary>
internal static class OutboxSeed
{
    public static Task QueueAsync(PostgresTestDatabase database, int channels) => database.ExecuteAsync($"""
        INSERT INTO feeds (name) VALUES ('seed') ON CONFLICT DO NOTHING;
        INSERT INTO articles (feed_id, title, text, content_hash, fetched_at, planned_at)
        SELECT id, 'Séisme au Japon', 'Un séisme de magnitude 7,1 a frappé le sud du Japon, selon l''agence météorologique.', 'seed-hash', 0, 0
        FROM feeds WHERE name = 'seed';
        INSERT INTO subscriptions (platform, channel_id, query, created_at)
        SELECT '{ClusterTransport.PlatformName}', 'chan-' || g, 'Japon', 0 FROM generate_series(1, {channels}) g;
        INSERT INTO deliveries (platform, channel_id, article_id, subscription_id, created_at, next_attempt_at)
        SELECT s.platform, s.channel_id, a.id, s.id, (extract(epoch FROM now()) * 1000)::bigint, 0 FROM subscriptions s CROSS JOIN articles a;
        """);

    public static Task<long> CountAsync(PostgresTestDatabase database, string status) =>
        database.ScalarAsync<long>($"SELECT count(*) FROM deliveries WHERE status = '{status}';");
}
