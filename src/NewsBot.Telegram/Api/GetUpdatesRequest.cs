namespace NewsBot.Telegram.Api;

/// <summary><c>getUpdates</c>: <c>offset</c> acknowledges every earlier update.</summary>
internal sealed record GetUpdatesRequest
{
    public long? Offset { get; init; }

    public int? Limit { get; init; }

    public int Timeout { get; init; }

    public required IReadOnlyList<string> AllowedUpdates { get; init; }
}
