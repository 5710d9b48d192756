using System.Text.Json.Serialization;

namespace NewsBot.Cli;

/// <summary>One element of <c>match --json</c>; <see cref="Hits"/> only with <c>--explain</c>.</summary>
internal sealed record MatchedArticle(string File, string Title, bool Matched)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<MatchedHit>? Hits { get; init; }
}

/// <summary>What part of the topic an article satisfied, and how it says it.</summary>
internal sealed record MatchedHit(string Query, string Found, int Count);
