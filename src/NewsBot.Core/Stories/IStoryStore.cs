namespace NewsBot.Core.Stories;

/// <summary>Keeps which story each article belongs to.</summary>
public interface IStoryStore
{
    /// <summary>Starts a story and returns its id.</summary>
    Task<long> CreateAsync(DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Puts the article in the story and marks the story updated.</summary>
    Task AssignAsync(long articleId, long storyId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The story the article belongs to, or null if it has none yet.</summary>
    Task<long?> FindStoryOfAsync(long articleId, CancellationToken cancellationToken);

    /// <summary>The story's article ids, in the order they joined it.</summary>
    Task<IReadOnlyList<long>> ListArticleIdsAsync(long storyId, CancellationToken cancellationToken);

    /// <summary>Articles fetched at or after <paramref name="since"/> that have a story, oldest first.</summary>
    Task<IReadOnlyList<StoryAssignment>> ListAssignmentsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);
}
