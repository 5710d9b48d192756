namespace NewsBot.Core.Stories;

/// <summary>
/// An article's heaviest terms (TF-IDF against the window's articles) with unit length; which of them
/// are bridges (names, numbers, alias groups) and the length of that part alone.
/// </summary>
internal sealed record ArticleVector(StoryTerm[] Terms, float[] Weights, bool[] Bridge, float BridgeNorm, string Language);
