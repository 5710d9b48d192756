using Dapper;
using NewsBot.Core.Stories;
using NewsBot.Storage.Shared;

namespace NewsBot.Storage.Stories;

internal sealed class StoryStore(IStorageConnections connections) : IStoryStore
{
    public async Task<long> CreateAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "INSERT INTO stories (created_at, updated_at) VALUES (@At, @At) RETURNING id;",
            new { At = UnixTime.ToMs(at) },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task AssignAsync(long articleId, long storyId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connections.Dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE articles SET story_id = @StoryId, story_joined_at = @At WHERE id = @ArticleId;",
            new { ArticleId = articleId, StoryId = storyId, At = UnixTime.ToMs(at) },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (changed == 0)
        {
            throw new InvalidOperationException($"Article {articleId} does not exist.");
        }

        await connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE stories SET updated_at = {connections.Dialect.Greatest}(updated_at, @At) WHERE id = @StoryId;",
            new { StoryId = storyId, At = UnixTime.ToMs(at) },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<long?> FindStoryOfAsync(long articleId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT story_id FROM articles WHERE id = @articleId;", new { articleId }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<long>> ListArticleIdsAsync(long storyId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var ids = await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT id FROM articles WHERE story_id = @storyId ORDER BY story_joined_at, id;",
            new { storyId },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return ids.ToList();
    }

    public async Task<IReadOnlyList<StoryAssignment>> ListAssignmentsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(long ArticleId, long StoryId)>(new CommandDefinition(
            "SELECT id, story_id FROM articles WHERE story_id IS NOT NULL AND fetched_at >= @Since ORDER BY fetched_at, id;",
            new { Since = UnixTime.ToMs(since) },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => new StoryAssignment(r.ArticleId, r.StoryId)).ToList();
    }
}
