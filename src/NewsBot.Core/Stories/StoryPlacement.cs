namespace NewsBot.Core.Stories;

/// <summary>Where the clusterer put an article.</summary>
/// <param name="Id">The clusterer's id of the story, stable while it is open.</param>
/// <param name="StoredId">The stored story, once attached (<see cref="StoryClusterer.Attach"/>); null for a story just opened.</param>
/// <param name="IsNew">The article opened the story.</param>
/// <param name="Articles">Articles in the story now.</param>
/// <param name="LastSeen">Time of the story's newest article.</param>
public sealed record StoryPlacement(long Id, long? StoredId, bool IsNew, int Articles, DateTimeOffset LastSeen);
