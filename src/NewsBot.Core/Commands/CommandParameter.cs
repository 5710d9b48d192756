namespace NewsBot.Core.Commands;

/// <summary>
/// One argument of a command, for platforms that declare them (Discord slash-command options).
/// <see cref="IsOption"/> ones are written <c>name:value</c>; the other one is the free text.
/// </summary>
public sealed record CommandParameter
{
    public required string Name { get; init; }

    public required string Description { get; init; }

    public bool Required { get; init; }

    /// <summary>Typed as <c>name:value</c> in the text; see <see cref="Command.FromOptions"/>.</summary>
    public bool IsOption { get; init; }

    /// <summary>The only values allowed, when there is a fixed set ("instant", "digest").</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];
}
