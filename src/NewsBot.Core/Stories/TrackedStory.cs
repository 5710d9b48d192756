namespace NewsBot.Core.Stories;

/// <summary>Where an article landed: its stored story, and whether it is the story's first article.</summary>
public sealed record TrackedStory(long StoryId, bool IsNew);
