namespace NewsBot.Cli;

/// <summary>One line of <c>ingest --json</c>.</summary>
internal sealed record IngestedArticle(long Id, string Feed, string Title, string? Link, string? Published);
