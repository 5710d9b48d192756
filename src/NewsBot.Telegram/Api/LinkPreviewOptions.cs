namespace NewsBot.Telegram.Api;

/// <summary>How the link preview under a message looks: off, or for a given URL.</summary>
internal sealed record LinkPreviewOptions
{
    public bool? IsDisabled { get; init; }

    public string? Url { get; init; }

    public bool? PreferSmallMedia { get; init; }
}
