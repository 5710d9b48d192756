using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace NewsBot.Testing.Metrics;

/// <summary>Sums what one counter of one <see cref="Meter"/> instance records, by the value of one tag.</summary>
public sealed class CounterRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _sums = new(StringComparer.Ordinal);
    private long _total;

    public CounterRecorder(Meter meter, string instrument, string? tag = null)
    {
        _listener.InstrumentPublished = (published, listener) =>
        {
            if (published.Meter == meter && published.Name == instrument)
            {
                listener.EnableMeasurementEvents(published);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            Interlocked.Add(ref _total, value);
            foreach (var pair in tags)
            {
                if (pair.Key == tag && pair.Value is string key)
                {
                    _sums.AddOrUpdate(key, value, (_, sum) => sum + value);
                }
            }
        });
        _listener.Start();
    }

    public long Total => Interlocked.Read(ref _total);

    public long Of(string tagValue) => _sums.GetValueOrDefault(tagValue);

    public void Dispose() => _listener.Dispose();
}
