using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Telegram.Polling;

namespace NewsBot.Telegram.Tests.Polling;

/// <summary>Listens to one harness's <c>newsbot.telegram.updates.skipped</c> counter, by reason.</summary>
internal sealed class SkippedUpdates : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);

    public SkippedUpdates(IServiceProvider services)
    {
        var meter = services.GetRequiredService<TelegramMetrics>().Meter;
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter == meter && instrument.Name == "newsbot.telegram.updates.skipped")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "reason" && tag.Value is string reason)
                {
                    _counts.AddOrUpdate(reason, value, (_, sum) => sum + value);
                }
            }
        });
        _listener.Start();
    }

    public long Count(string reason) => _counts.GetValueOrDefault(reason);

    public void Dispose() => _listener.Dispose();
}
