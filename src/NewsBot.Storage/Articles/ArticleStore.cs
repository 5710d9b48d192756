using Dapper;
using NewsBot.Core.Articles;
using NewsBot.Core.Text;
using NewsBot.Storage.Feeds;
using NewsBot.Storage.Shared;

namespace NewsBot.Storage.Articles;

internal sealed partial class ArticleStore(IStorageConnections connections) : IArticleStore
{
    // ON CONFLICT DO NOTHING without a target covers every unique key (feed + GUID, canonical link, content
    // hash) and nothing else, unlike SQLite's INSERT OR IGNORE which would also swallow NOT NULL and CHECK
    // failures. PostgreSQL reads it the same way; two nodes storing the same article race on the unique index
    // and one wins.
    private const string Insert = """
        INSERT INTO articles (feed_id, external_id, link, canonical_link, title, text,
                              published, published_offset_minutes, published_precision, content_hash, fetched_at)
        VALUES (@FeedId, @ExternalId, @Link, @CanonicalLink, @Title, @Text,
                @Published, @PublishedOffsetMinutes, @PublishedPrecision, @ContentHash, @FetchedAt)
        ON CONFLICT DO NOTHING
        RETURNING id;
        """;

    private const int KnownIdsChunk = 500;

    public async Task<Article?> TryAddAsync(NewArticle article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        return (await TryAddManyAsync([article], cancellationToken).ConfigureAwait(false))[0];
    }

    public async Task<IReadOnlyList<Article?>> TryAddManyAsync(IReadOnlyList<NewArticle> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
        {
            return [];
        }

        // One transaction for the batch: on SQLite each commit is a sync to disk, and a busy feed's
        // thousands of items one commit each took minutes.
        await using var connection = await connections.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connections.Dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var feedIds = new Dictionary<string, long>(StringComparer.Ordinal);
        var stored = new List<Article?>(articles.Count);
        foreach (var article in articles)
        {
            ArgumentNullException.ThrowIfNull(article);
            if (!feedIds.TryGetValue(article.FeedName, out var feedId))
            {
                feedId = await FeedRows.EnsureIdAsync(connection, transaction, article.FeedName, cancellationToken).ConfigureAwait(false);
                feedIds[article.FeedName] = feedId;
            }

            var (published, offset, precision) = PublishedDateColumns.From(article.Published);
            var id = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                Insert,
                new
                {
                    FeedId = feedId,
                    article.ExternalId,
                    Link = article.Link?.OriginalString,
                    article.CanonicalLink,
                    article.Title,
                    article.Text,
                    Published = published,
                    PublishedOffsetMinutes = offset,
                    PublishedPrecision = precision,
                    article.ContentHash,
                    FetchedAt = UnixTime.ToMs(article.FetchedAt),
                },
                transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            stored.Add(id is { } newId ? article.WithId(newId) : null);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return stored;
    }

    public async Task<IReadOnlySet<string>> FindKnownExternalIdsAsync(string feedName, IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedName);
        ArgumentNullException.ThrowIfNull(externalIds);
        var known = new HashSet<string>(StringComparer.Ordinal);
        if (externalIds.Count == 0)
        {
            return known;
        }

        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);

        // In chunks: SQLite caps the parameters of one statement, and a 50,000-item feed is one call.
        foreach (var chunk in externalIds.Chunk(KnownIdsChunk))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var rows = await connection.QueryAsync<string>(new CommandDefinition(
                $"SELECT a.external_id FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE f.name = @feedName AND {connections.Dialect.AmongIds("a.external_id", "ids")};",
                new { feedName, ids = chunk },
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            known.UnionWith(rows);
        }

        return known;
    }

    public async Task<Article?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<ArticleRow>(new CommandDefinition(
            ArticleRow.SelectColumns + " WHERE a.id = @id;", new { id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToArticle();
    }

    public async Task<IReadOnlyList<Article>> GetManyAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ArticleRow>(new CommandDefinition(
            ArticleRow.SelectColumns + $" WHERE {connections.Dialect.AmongIds("a.id")};",
            new { Ids = ids.ToArray() },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToArticle()).ToList();
    }

    public async Task<Article?> FindByLinkAsync(string link, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(link);
        var canonical = Uri.TryCreate(link, UriKind.Absolute, out var uri) ? LinkCanonicalizer.Canonicalize(uri) : null;
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QueryFirstOrDefaultAsync<ArticleRow>(new CommandDefinition(
            ArticleRow.SelectColumns + " WHERE a.link = @link OR a.canonical_link = @canonical ORDER BY a.id LIMIT 1;",
            new { link, canonical },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToArticle();
    }

    public async Task<IReadOnlyList<Article>> ListUnplannedAsync(int limit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);

        // A left-aside article has retry_at NULL, which no comparison lets through.
        var rows = await connection.QueryAsync<ArticleRow>(new CommandDefinition(
            ArticleRow.SelectColumns + " WHERE a.planned_at IS NULL AND (a.failure_count = 0 OR a.retry_at <= @now) ORDER BY a.id LIMIT @limit;",
            new { limit, now = UnixTime.ToMs(now) },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToArticle()).ToList();
    }

    public async Task MarkPlannedAsync(IReadOnlyCollection<long> articleIds, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        if (articleIds.Count == 0)
        {
            return;
        }

        var atMs = UnixTime.ToMs(at);
        await using var connection = await connections.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connections.Dialect.BeginSingleStatementWriteAsync(connection, cancellationToken).ConfigureAwait(false);

        // PostgreSQL takes the ids as one array; SQLite has none, so Dapper runs the statement once per id.
        await connection.ExecuteAsync(connections.Dialect.IsPostgres
            ? new CommandDefinition(
                "UPDATE articles SET planned_at = @At WHERE id = ANY(@Ids);",
                new { Ids = articleIds.ToArray(), At = atMs },
                cancellationToken: cancellationToken)
            : new CommandDefinition(
                "UPDATE articles SET planned_at = @At WHERE id = @Id;",
                articleIds.Select(id => new { Id = id, At = atMs }).ToList(),
                transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<Article>> ListRecentAsync(int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ArticleRow>(new CommandDefinition(
            ArticleRow.SelectColumns + " ORDER BY a.fetched_at DESC, a.id DESC LIMIT @limit;", new { limit }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToArticle()).ToList();
    }
}
