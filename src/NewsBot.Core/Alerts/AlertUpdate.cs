namespace NewsBot.Core.Alerts;

/// <summary>
/// A later article of a story a channel was already alerted to. A platform that can edit messages
/// replaces the original with <see cref="Updated"/> while <see cref="MayEdit"/>; otherwise it posts a
/// short follow-up from the other fields.
/// </summary>
public sealed record AlertUpdate
{
    /// <summary>The story's alert as it reads now, with every article.</summary>
    public required Alert Updated { get; init; }

    /// <summary>The platform's id of the alert first posted.</summary>
    public required string OriginalMessageId { get; init; }

    /// <summary>Whether the original is recent enough to be edited (<c>Delivery:EditWindowMinutes</c>).</summary>
    public required bool MayEdit { get; init; }

    /// <summary>The title of the article that joined the story.</summary>
    public required string ArticleTitle { get; init; }

    public Uri? ArticleLink { get; init; }

    /// <summary>Sources the alert did not name yet.</summary>
    public IReadOnlyList<string> NewSources { get; init; } = [];

    /// <summary>Figures the alert did not show yet.</summary>
    public IReadOnlyList<AlertFigure> NewFigures { get; init; } = [];
}
