using System.Diagnostics.Metrics;

namespace NewsBot.Testing.Metrics;

/// <summary>
/// An <see cref="IMeterFactory"/> whose meters are scoped to it, so a test's <see cref="MeterListener"/>
/// hears its own instruments and not those of tests running beside it.
/// </summary>
public sealed class TestMeterFactory : IMeterFactory
{
    private readonly List<Meter> _meters = [];

    public Meter Create(MeterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var meter = new Meter(options.Name, options.Version, options.Tags, scope: this);
        lock (_meters)
        {
            _meters.Add(meter);
        }

        return meter;
    }

    public void Dispose()
    {
        lock (_meters)
        {
            _meters.ForEach(m => m.Dispose());
            _meters.Clear();
        }
    }
}
