using Npgsql;

namespace NewsBot.Benchmarks.Cluster;

/// <summary>A throwaway database on the bench's server, dropped afterwards.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string _server;
    private readonly string _name = "newsbot_bench_" + Guid.NewGuid().ToString("N");

    private BenchDatabase(string server)
    {
        _server = server;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = _name }.ConnectionString;
    }

    public string ConnectionString { get; }

    public static async Task<BenchDatabase> CreateAsync(string server)
    {
        var database = new BenchDatabase(server);
        await ExecuteAsync(server, $"CREATE DATABASE {database._name};").ConfigureAwait(false);
        return database;
    }

    /// <summary>One article, and per channel one subscription and one due alert.</summary>
    public Task SeedOutboxAsync(int channels) => ExecuteAsync(ConnectionString, $"""
        INSERT INTO feeds (name) VALUES ('seed');
        INSERT INTO articles (feed_id, title, text, content_hash, fetched_at, planned_at)
        SELECT id, 'Séisme au Japon', 'Un séisme de magnitude 7,1 a frappé le sud du Japon, selon l''agence météorologique.', 'seed', 0, 0 FROM feeds;
        INSERT INTO subscriptions (platform, channel_id, query, created_at)
        SELECT '{BenchNode.Platform}', 'chan-' || g, 'Japon', 0 FROM generate_series(1, {channels}) g;
        INSERT INTO deliveries (platform, channel_id, article_id, subscription_id, created_at, next_attempt_at)
        SELECT s.platform, s.channel_id, a.id, s.id, 0, 0 FROM subscriptions s CROSS JOIN articles a;
        """);

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync().ConfigureAwait(false))!;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(_server, $"DROP DATABASE IF EXISTS {_name} WITH (FORCE);").ConfigureAwait(false);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }
}
