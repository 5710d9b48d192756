using System.Diagnostics.Metrics;

namespace NewsBot.Telegram.Polling;

/// <summary>
/// Counters of the poller, on the <c>NewsBot.Telegram</c> meter: updates tried again, and updates skipped
/// (tagged <c>reason</c>: <c>unreadable</c>, <c>failed</c>, or <c>unsent</c> for an answer that could not be sent) so that an operator sees what was left aside.
/// </summary>
internal sealed class TelegramMetrics : IDisposable
{
    public const string MeterName = "NewsBot.Telegram";

    private readonly Counter<long> _retried;
    private readonly Counter<long> _skipped;

    public TelegramMetrics()
    {
        Meter = new Meter(MeterName);
        _retried = Meter.CreateCounter<long>("newsbot.telegram.updates.retried", description: "Tries of an update after one failed");
        _skipped = Meter.CreateCounter<long>("newsbot.telegram.updates.skipped", description: "Updates that could not be read or handled, skipped");
    }

    public Meter Meter { get; }

    public void Retried() => _retried.Add(1);

    public void Skipped(string reason) => _skipped.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void Dispose() => Meter.Dispose();
}
