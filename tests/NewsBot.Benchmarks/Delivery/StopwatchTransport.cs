using System.Diagnostics;
using System.Globalization;
using NewsBot.Core.Alerts;
using NewsBot.Core.Delivery;

namespace NewsBot.Benchmarks.Delivery;

/// <summary>
/// A platform that posts nothing: it notes the <see cref="Stopwatch"/> timestamp at which each alert or
/// update was handed to it and answers at once, so what is measured is NewsBot's own work.
/// </summary>
internal sealed class StopwatchTransport : IChatTransport
{
    public const string Name = "bench";

    private readonly Lock _gate = new();
    private readonly List<long> _handed = new(16_384);
    private long _ids;

    public string Platform => Name;

    public int Alerts { get; private set; }

    public int Updates { get; private set; }

    public IReadOnlyList<long> Handed => _handed;

    public Task<string> SendAlertAsync(ChannelAddress channel, Alert alert, CancellationToken cancellationToken)
    {
        Record(update: false);
        return Task.FromResult(NextId());
    }

    public Task<string> SendUpdateAsync(ChannelAddress channel, AlertUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        Record(update: true);
        return Task.FromResult(update.MayEdit ? update.OriginalMessageId : NextId());
    }

    private string NextId() => Interlocked.Increment(ref _ids).ToString(CultureInfo.InvariantCulture);

    private void Record(bool update)
    {
        var now = Stopwatch.GetTimestamp();
        lock (_gate)
        {
            _handed.Add(now);
            if (update)
            {
                Updates++;
            }
            else
            {
                Alerts++;
            }
        }
    }
}
