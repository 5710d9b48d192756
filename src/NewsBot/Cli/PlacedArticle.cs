namespace NewsBot.Cli;

/// <summary>One element of <c>stories --json</c>: an article's id as given and the story it joined.</summary>
internal sealed record PlacedArticle(string Id, string Story);
