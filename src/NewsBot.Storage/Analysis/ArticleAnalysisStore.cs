using System.Text.Json;
using Dapper;
using NewsBot.Core.Analysis;
using NewsBot.Storage.Shared;

namespace NewsBot.Storage.Analysis;

internal sealed class ArticleAnalysisStore(IStorageConnections connections) : IArticleAnalysisStore
{
    private const string Upsert = """
        INSERT INTO article_analysis (article_id, language, language_confidence, summary, figures_json, sources_json, figure_count)
        VALUES (@ArticleId, @Language, @LanguageConfidence, @Summary, @FiguresJson, @SourcesJson, @FigureCount)
        ON CONFLICT (article_id) DO UPDATE SET
            language = excluded.language,
            language_confidence = excluded.language_confidence,
            summary = excluded.summary,
            figures_json = excluded.figures_json,
            sources_json = excluded.sources_json,
            figure_count = excluded.figure_count;
        """;

    public async Task SaveAsync(long articleId, ArticleAnalysis analysis, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        await using var connection = await connections.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            Upsert,
            new
            {
                ArticleId = articleId,
                analysis.Language,
                analysis.LanguageConfidence,
                analysis.Summary,
                FiguresJson = JsonSerializer.Serialize(analysis.Figures, AnalysisJsonContext.Default.IReadOnlyListKeyFigure),
                SourcesJson = JsonSerializer.Serialize(analysis.Sources, AnalysisJsonContext.Default.IReadOnlyListCitedSource),
                FigureCount = analysis.Figures.Count,
            },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<ArticleAnalysis?> GetAsync(long articleId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<ArticleAnalysisRow>(new CommandDefinition(
            ArticleAnalysisRow.SelectColumns + " WHERE article_id = @articleId;", new { articleId }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToAnalysis();
    }

    public async Task<IReadOnlyDictionary<long, ArticleAnalysis>> GetManyAsync(IReadOnlyCollection<long> articleIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        if (articleIds.Count == 0)
        {
            return new Dictionary<long, ArticleAnalysis>();
        }

        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ArticleAnalysisRow>(new CommandDefinition(
            ArticleAnalysisRow.SelectColumns + $" WHERE {connections.Dialect.AmongIds("article_id")};",
            new { Ids = articleIds.ToArray() },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.ToDictionary(r => r.ArticleId, r => r.ToAnalysis());
    }
}
