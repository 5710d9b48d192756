namespace NewsBot.Core.Stories;

/// <summary>An article and the stored story it belongs to.</summary>
public sealed record StoryAssignment(long ArticleId, long StoryId);
