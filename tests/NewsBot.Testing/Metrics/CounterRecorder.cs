using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace NewsBot.Testing.Metrics;

/// <summary>Records every measurement of one counter made by the meters of one <see cref="TestMeterFactory"/>.</summary>
public sealed class CounterRecorder : IDisposable
{
    private readonly MeterListener _listener = new();

    public CounterRecorder(TestMeterFactory factory, string instrument)
    {
        _listener.InstrumentPublished = (published, listener) =>
        {
            if (published.Meter.Scope == factory && published.Name == instrument)
            {
                listener.EnableMeasurementEvents(published);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            Measurements.Enqueue((value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        _listener.Start();
    }

    public ConcurrentQueue<(long Value, Dictionary<string, object?> Tags)> Measurements { get; } = new();

    public long Total => Measurements.Sum(m => m.Value);

    public void Dispose() => _listener.Dispose();
}
