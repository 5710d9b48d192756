using System.Collections.Concurrent;
using System.Globalization;
using NewsBot.Core.Alerts;
using NewsBot.Core.Delivery;

namespace NewsBot.Tests.Scaling;

/// <summary>
/// One fake chat platform seen from every node: records which node posted which delivery (by its
/// <see cref="Alert.DeliveryKey"/>, without deduplicating, so a double send shows). A node can be frozen:
/// its sends then hang for ever, as a process that stopped mid-send would.
/// </summary>
internal sealed class ClusterTransport
{
    public const string PlatformName = "cluster";

    private readonly ConcurrentDictionary<string, bool> _frozen = new(StringComparer.Ordinal);
    private long _ids;

    public ConcurrentQueue<(string Node, string DeliveryKey)> Sent { get; } = new();

    public IChatTransport For(string node) => new NodeTransport(this, node);

    public void Freeze(string node) => _frozen[node] = true;

    public int SentBy(string node) => Sent.Count(s => s.Node == node);

    private sealed class NodeTransport(ClusterTransport owner, string node) : IChatTransport
    {
        public string Platform => PlatformName;

        public async Task<string> SendAlertAsync(ChannelAddress channel, Alert alert, CancellationToken cancellationToken)
        {
            if (owner._frozen.ContainsKey(node))
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            owner.Sent.Enqueue((node, alert.DeliveryKey ?? throw new InvalidOperationException("An alert without a delivery key.")));
            return Interlocked.Increment(ref owner._ids).ToString(CultureInfo.InvariantCulture);
        }

        public Task<string> SendUpdateAsync(ChannelAddress channel, AlertUpdate update, CancellationToken cancellationToken) =>
            throw new NotSupportedException("The cluster tests send alerts only.");
    }
}
