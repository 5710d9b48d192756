namespace NewsBot.Core.Commands;

/// <summary>
/// A command's answer, independent of any platform: a title, a few lines, then sections of items.
/// Renderers (Discord embeds, Telegram HTML, the console) lay it out and escape every piece of text.
/// </summary>
public sealed record Reply
{
    public required string Title { get; init; }

    /// <summary>Where the title points, e.g. the article <c>why</c> talks about.</summary>
    public Uri? TitleLink { get; init; }

    /// <summary>Short paragraphs under the title.</summary>
    public IReadOnlyList<string> Lines { get; init; } = [];

    public IReadOnlyList<ReplySection> Sections { get; init; } = [];

    /// <summary>The command was refused or its input was wrong; the lines say why and what to type instead.</summary>
    public bool IsError { get; init; }

    /// <summary>A hint that only the user who asked needs to see it (Discord ephemeral replies).</summary>
    public bool Ephemeral { get; init; }

    public static Reply Error(string title, params IReadOnlyList<string> lines) =>
        new() { Title = title, Lines = lines, IsError = true, Ephemeral = true };

    public static Reply Text(string title, params IReadOnlyList<string> lines) => new() { Title = title, Lines = lines };
}
