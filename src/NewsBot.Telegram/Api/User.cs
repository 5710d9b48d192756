namespace NewsBot.Telegram.Api;

/// <summary>A Telegram user or bot.</summary>
internal sealed record User
{
    public long Id { get; init; }

    public bool IsBot { get; init; }

    public string FirstName { get; init; } = string.Empty;

    public string? Username { get; init; }

    public string? LanguageCode { get; init; }
}
