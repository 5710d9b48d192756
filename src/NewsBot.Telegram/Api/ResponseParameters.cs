namespace NewsBot.Telegram.Api;

/// <summary>Why a request failed and what to do: wait <c>retry_after</c> seconds, or use the supergroup's new id.</summary>
internal sealed record ResponseParameters
{
    public int? RetryAfter { get; init; }

    public long? MigrateToChatId { get; init; }
}
