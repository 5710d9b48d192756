using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace NewsBot.Benchmarks.Soak;

/// <summary>
/// Read-only questions the harness asks the bot's database, from its own connection: counts, the outbox's
/// latencies, its size, and at the end every alert row for the lost/doubled check. The same SQL on SQLite
/// and PostgreSQL (the schemas have the same tables and columns).
/// </summary>
internal sealed class SoakDatabase(string? sqliteFile, string? postgres)
{
    public async Task<DatabaseCounts> CountAsync(long sentSinceMs, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var articles = await ScalarAsync(connection, "SELECT count(*) FROM articles", cancellationToken).ConfigureAwait(false);
        long alerts = 0, updates = 0, dueDiscord = 0, dueTelegram = 0, dead = 0;
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT kind, status, platform, count(*) FROM deliveries GROUP BY kind, status, platform";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var (kind, status, platform, count) = (reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3));
                if (kind == "alert")
                {
                    alerts += count;
                }
                else
                {
                    updates += count;
                }

                if (status == "dead")
                {
                    dead += count;
                }
                else if (status == "due" && platform == SoakChannels.DiscordPlatform)
                {
                    dueDiscord += count;
                }
                else if (status == "due")
                {
                    dueTelegram += count;
                }
            }
        }

        var latencies = new List<long>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT sent_at - created_at FROM deliveries WHERE status = 'sent' AND sent_at >= " + sentSinceMs.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                latencies.Add(reader.GetInt64(0));
            }
        }

        latencies.Sort();
        return new DatabaseCounts(articles, alerts, updates, dueDiscord, dueTelegram, dead, latencies, await SizeAsync(connection, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Every delivery row: id, where, which story, kind and status.</summary>
    public async Task<IReadOnlyList<DeliveryRowFact>> DeliveriesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, platform, channel_id, story_id, kind, status FROM deliveries";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<DeliveryRowFact>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new DeliveryRowFact(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetInt64(3), reader.GetString(4), reader.GetString(5)));
        }

        return rows;
    }

    /// <summary>
    /// When each row still owed or already sent was queued and sent; dead, skipped and uncertain rows are left out,
    /// as no send is waiting for them, and so are rows still held past <paramref name="endMs"/> by their channel's
    /// limits (the daily cap defers a channel's 51st alert of the day to its next midnight): the platform could not
    /// have sent them, so they are no backlog of its.
    /// </summary>
    public async Task<IReadOnlyList<OutboxRowTimes>> OutboxTimesAsync(long endMs, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT platform, created_at, sent_at FROM deliveries WHERE status = 'sent' OR (status = 'due' AND next_attempt_at <= "
            + endMs.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<OutboxRowTimes>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new OutboxRowTimes(reader.GetString(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetInt64(2)));
        }

        return rows;
    }

    /// <summary>The story of each stored article, by its link.</summary>
    public async Task<IReadOnlyDictionary<string, long>> StoriesByLinkAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT link, story_id FROM articles WHERE link IS NOT NULL AND story_id IS NOT NULL";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var stories = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            stories[reader.GetString(0)] = reader.GetInt64(1);
        }

        return stories;
    }

    private async Task<long> SizeAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        if (sqliteFile is null)
        {
            return await ScalarAsync(connection, "SELECT pg_database_size(current_database())", cancellationToken).ConfigureAwait(false);
        }

        return new[] { sqliteFile, sqliteFile + "-wal", sqliteFile + "-shm" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        DbConnection connection = sqliteFile is not null
            ? new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = sqliteFile, Mode = SqliteOpenMode.ReadOnly, DefaultTimeout = 30 }.ToString())
            : new NpgsqlConnection(postgres);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    private static async Task<long> ScalarAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }
}
