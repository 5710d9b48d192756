using NewsBot.Core.Delivery;
using NewsBot.Core.Feeds;
using NewsBot.Core.Pipeline;

namespace NewsBot.Scheduling;

/// <summary>What this node's jobs did since the last summary: counted by the jobs, read and reset by <see cref="RunSummary"/>.</summary>
internal sealed class RunActivity
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _feeds = new(StringComparer.Ordinal);
    private RunActivitySnapshot _counts = new();

    public void RecordPoll(IngestionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        lock (_gate)
        {
            _feeds.Add(report.Poll.FeedName);
            _counts = _counts with
            {
                Polls = _counts.Polls + 1,
                FailedPolls = _counts.FailedPolls + (report.Poll.Outcome == FeedPollOutcome.Failed ? 1 : 0),
                NewArticles = _counts.NewArticles + report.Poll.NewArticles.Count,
                AlertsQueued = _counts.AlertsQueued + report.AlertsQueued,
            };
        }
    }

    public void RecordDispatch(DispatchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        lock (_gate)
        {
            _counts = _counts with
            {
                AlertsSent = _counts.AlertsSent + report.Sent,
                AlertsRetrying = _counts.AlertsRetrying + report.Retrying,
                AlertsDead = _counts.AlertsDead + report.Dead,
            };
        }
    }

    /// <summary>The counts so far, which start again from zero.</summary>
    public RunActivitySnapshot Take()
    {
        lock (_gate)
        {
            var taken = _counts with { Feeds = _feeds.Count };
            _feeds.Clear();
            _counts = new RunActivitySnapshot();
            return taken;
        }
    }
}
