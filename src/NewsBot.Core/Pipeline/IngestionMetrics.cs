using System.Diagnostics.Metrics;

namespace NewsBot.Core.Pipeline;

/// <summary>The pipeline's counters, on the <c>NewsBot</c> meter.</summary>
public sealed class IngestionMetrics
{
    public const string MeterName = "NewsBot";

    public const string ArticlesFailed = "newsbot.articles.failed";

    private readonly Counter<long> _articlesFailed;

    public IngestionMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _articlesFailed = meter.CreateCounter<long>(
            ArticlesFailed,
            unit: "{try}",
            description: "Failed tries of an article (analysis, story or planning); left_aside is true on the last one.");
    }

    public void ArticleFailed(string step, bool leftAside) =>
        _articlesFailed.Add(1, new KeyValuePair<string, object?>("step", step), new KeyValuePair<string, object?>("left_aside", leftAside));
}
