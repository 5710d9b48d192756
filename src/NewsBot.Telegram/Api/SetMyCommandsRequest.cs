namespace NewsBot.Telegram.Api;

/// <summary><c>setMyCommands</c>: the menu shown when a user types "/" (default scope).</summary>
internal sealed record SetMyCommandsRequest
{
    public required IReadOnlyList<BotCommand> Commands { get; init; }
}

/// <summary>A command menu entry: 1–32 of a-z, 0-9 and _; a description of 1–256 characters.</summary>
internal sealed record BotCommand(string Command, string Description);
