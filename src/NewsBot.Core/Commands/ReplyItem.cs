namespace NewsBot.Core.Commands;

/// <summary>One entry of a reply: a story, a figure, a subscription.</summary>
public sealed record ReplyItem
{
    /// <summary>The entry's main line; the renderer makes it a link to <see cref="Link"/> when there is one.</summary>
    public required string Text { get; init; }

    public Uri? Link { get; init; }

    /// <summary>Secondary lines shown under it, least important last (renderers drop from the end to fit).</summary>
    public IReadOnlyList<string> Details { get; init; } = [];
}
