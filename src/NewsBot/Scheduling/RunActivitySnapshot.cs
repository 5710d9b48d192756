namespace NewsBot.Scheduling;

/// <summary>Counts of one summary period; see <see cref="RunActivity"/>.</summary>
internal sealed record RunActivitySnapshot
{
    /// <summary>Distinct feeds polled.</summary>
    public int Feeds { get; init; }

    public int Polls { get; init; }

    public int FailedPolls { get; init; }

    public int NewArticles { get; init; }

    public int AlertsQueued { get; init; }

    public int AlertsSent { get; init; }

    public int AlertsRetrying { get; init; }

    public int AlertsDead { get; init; }
}
