namespace NewsBot.Core.Alerts;

/// <summary>
/// What a channel is told about a story, independent of any platform. Renderers fit it into their
/// platform's limits with <see cref="AlertFitter"/>, dropping the least important parts first.
/// </summary>
public sealed record Alert
{
    /// <summary>The subscription query that matched.</summary>
    public required string Topic { get; init; }

    public required string Title { get; init; }

    public Uri? Link { get; init; }

    /// <summary>Two or three sentences chosen by the analyzer.</summary>
    public required string Summary { get; init; }

    /// <summary>Key figures, most important first; figures that disagree (10 000 vs 12 000) are both here.</summary>
    public IReadOnlyList<AlertFigure> Figures { get; init; } = [];

    /// <summary>The media, officials and people the story cites, most cited first.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    public required string FeedName { get; init; }

    public string? Published { get; init; }

    /// <summary>How many articles the story has; more than one means several outlets report it.</summary>
    public int ArticleCount { get; init; } = 1;

    /// <summary>
    /// Stable id of the outbox row this alert is sent for. A platform with idempotent sends (Discord's
    /// enforced message nonce) uses it, so a resend after a crash between send and record is not posted twice.
    /// </summary>
    public string? DeliveryKey { get; init; }

    /// <summary>
    /// The latest moment the send may start. The outbox's lease on the row runs out some time after it, and
    /// another worker may then send the same alert: a send still waiting for its turn (pacing, a retry-after)
    /// is handed back as not attempted instead. Null: no limit but the transport's own.
    /// </summary>
    public DateTimeOffset? SendBy { get; init; }
}
