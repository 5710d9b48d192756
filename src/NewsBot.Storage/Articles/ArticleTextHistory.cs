using Dapper;
using NewsBot.Core.Articles;
using NewsBot.Storage.Shared;

namespace NewsBot.Storage.Articles;

internal sealed class ArticleTextHistory(IStorageConnections connections) : IArticleTextHistory
{
    private readonly string _dropOldTexts = DropOldTextsSql(connections.Dialect);

    /// <summary>
    /// The batch's statement: the articles still holding their text, by age (migration 0017's partial index); those the
    /// pipeline has not finished with and those without a stored analysis left out. Articles of a story still being
    /// told go too: what reads a story past its first days (its alerts' updates, <c>latest</c> beyond the story window)
    /// reads the stored analyses, and keeping them made every batch walk the old articles of long-running stories
    /// again (300 ms under the write lock for 100,000 of them on SQLite).
    /// </summary>
    /// <remarks>SQLite is told the index, as for the outbox's cleanup: without statistics it may pick another.</remarks>
    internal static string DropOldTextsSql(StorageDialect dialect) => $"""
        UPDATE articles SET text = '', text_dropped_at = @Now WHERE id IN (
            SELECT a.id FROM articles a {dialect.Pick(sqlite: "INDEXED BY ix_articles_text_kept", postgres: "")}
            WHERE a.text_dropped_at IS NULL AND a.fetched_at < @Before AND a.planned_at IS NOT NULL
              AND EXISTS (SELECT 1 FROM article_analysis an WHERE an.article_id = a.id)
            LIMIT @Limit);
        """;

    public async Task<int> DropOldTextsAsync(DateTimeOffset before, DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await connections.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(
            _dropOldTexts, new { Before = UnixTime.ToMs(before), Now = UnixTime.ToMs(now), Limit = limit }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }
}
