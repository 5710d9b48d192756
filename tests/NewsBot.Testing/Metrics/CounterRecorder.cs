using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace NewsBot.Testing.Metrics;

/// <summary>
/// Records what one counter records: every measurement with its tags, their total, and sums by the value of one tag.
/// The counter is found either on the meters one <see cref="TestMeterFactory"/> made, or on one <see cref="Meter"/>.
/// </summary>
public sealed class CounterRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _sums = new(StringComparer.Ordinal);
    private readonly string? _tag;
    private long _total;

    public CounterRecorder(TestMeterFactory factory, string instrument)
        : this(published => published.Meter.Scope == factory && published.Name == instrument, tag: null)
    {
    }

    public CounterRecorder(Meter meter, string instrument, string? tag = null)
        : this(published => published.Meter == meter && published.Name == instrument, tag)
    {
    }

    private CounterRecorder(Func<Instrument, bool> wanted, string? tag)
    {
        _tag = tag;
        _listener.InstrumentPublished = (published, listener) =>
        {
            if (wanted(published))
            {
                listener.EnableMeasurementEvents(published);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) => Record(value, tags));
        _listener.Start();
    }

    public ConcurrentQueue<(long Value, Dictionary<string, object?> Tags)> Measurements { get; } = new();

    public long Total => Interlocked.Read(ref _total);

    public long Of(string tagValue) => _sums.GetValueOrDefault(tagValue);

    public void Dispose() => _listener.Dispose();

    private void Record(long value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        Interlocked.Add(ref _total, value);
        var copy = new Dictionary<string, object?>(tags.Length, StringComparer.Ordinal);
        foreach (var pair in tags)
        {
            copy[pair.Key] = pair.Value;
            if (pair.Key == _tag && pair.Value is string key)
            {
                _sums.AddOrUpdate(key, value, (_, sum) => sum + value);
            }
        }

        Measurements.Enqueue((value, copy));
    }
}
