using System.Text.Json.Serialization;
using Telegram.Bot.Requests;

namespace NewsBot.Telegram.Interaction;

/// <summary>
/// What handling one update leaves to send: the messages to post, in order, then the answer to a button press.
/// Computed once and recorded before anything is sent, so that a restart sends what is left of it instead of
/// running the command again.
/// </summary>
internal sealed record UpdateOutcome
{
    public static UpdateOutcome None { get; } = new();

    public IReadOnlyList<SendMessageRequest> Messages { get; init; } = [];

    public AnswerCallbackQueryRequest? Answer { get; init; }

    /// <summary>How many Bot API calls sending it takes.</summary>
    [JsonIgnore]
    public int Calls => Messages.Count + (Answer is null ? 0 : 1);
}
