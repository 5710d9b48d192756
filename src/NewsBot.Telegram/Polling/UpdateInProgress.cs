using NewsBot.Telegram.Interaction;

namespace NewsBot.Telegram.Polling;

/// <summary>
/// How far the update being handled got: how many times it was tried (across restarts too), its outcome once
/// computed, and how many of the outcome's calls were sent.
/// </summary>
internal sealed record UpdateInProgress
{
    public required long UpdateId { get; init; }

    public int Attempts { get; init; }

    public UpdateOutcome? Outcome { get; init; }

    public int Sent { get; init; }

    /// <summary>The button press was answered before its work was done; its outcome carries no answer then.</summary>
    public bool Answered { get; init; }
}
