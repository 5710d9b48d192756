namespace NewsBot.Core.Commands;

/// <summary>
/// What a command is, for <c>help</c> and for the platforms' command menus (Telegram setMyCommands,
/// Discord slash-command registration with Manage Channels on <see cref="ManagesChannel"/> ones).
/// </summary>
public sealed record CommandDescription
{
    public required string Name { get; init; }

    /// <summary>How to type it: <c>subscribe &lt;query&gt; [mode:instant|digest] …</c>.</summary>
    public required string Usage { get; init; }

    /// <summary>One line, at most 100 characters (Discord's limit for a description).</summary>
    public required string Summary { get; init; }

    /// <summary>More lines for <c>help &lt;command&gt;</c>.</summary>
    public IReadOnlyList<string> Details { get; init; } = [];

    public IReadOnlyList<CommandParameter> Parameters { get; init; } = [];

    /// <summary>Other names that run it ("list" for "subscriptions").</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>It changes the channel's subscriptions, so it needs <see cref="CommandContext.CanManageChannel"/>.</summary>
    public bool ManagesChannel { get; init; }

    /// <summary>It searches stories and counts against <see cref="CommandOptions.QueriesPerMinutePerChannel"/>.</summary>
    public bool IsQuery { get; init; }
}
