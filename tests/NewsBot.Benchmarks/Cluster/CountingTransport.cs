using System.Globalization;
using NewsBot.Core.Alerts;
using NewsBot.Core.Delivery;

namespace NewsBot.Benchmarks.Cluster;

/// <summary>A platform that posts nothing and answers at once, counting what it was handed.</summary>
internal sealed class CountingTransport : IChatTransport
{
    private int _sent;

    public string Platform => BenchNode.Platform;

    public int Sent => Volatile.Read(ref _sent);

    public Task<string> SendAlertAsync(ChannelAddress channel, Alert alert, CancellationToken cancellationToken) =>
        Task.FromResult(Interlocked.Increment(ref _sent).ToString(CultureInfo.InvariantCulture));

    public Task<string> SendUpdateAsync(ChannelAddress channel, AlertUpdate update, CancellationToken cancellationToken) =>
        Task.FromResult(Interlocked.Increment(ref _sent).ToString(CultureInfo.InvariantCulture));
}
