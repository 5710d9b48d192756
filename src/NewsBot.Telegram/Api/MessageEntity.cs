namespace NewsBot.Telegram.Api;

/// <summary>A formatted span of a message; offsets are in UTF-16 code units.</summary>
internal sealed record MessageEntity
{
    public required string Type { get; init; }

    public int Offset { get; init; }

    public int Length { get; init; }
}
