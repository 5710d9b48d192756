namespace NewsBot.Core.Commands;

/// <summary>A group of items under an optional heading ("Matched", "Not matched").</summary>
public sealed record ReplySection
{
    public string? Heading { get; init; }

    public required IReadOnlyList<ReplyItem> Items { get; init; }
}
