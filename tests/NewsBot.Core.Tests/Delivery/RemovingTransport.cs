using NewsBot.Core.Alerts;
using NewsBot.Core.Delivery;

namespace NewsBot.Core.Tests.Delivery;

/// <summary>Sends through <paramref name="inner"/>, and runs <paramref name="afterFirstSend"/> once the first send is done.</summary>
internal sealed class RemovingTransport(IChatTransport inner, Func<Task> afterFirstSend) : IChatTransport
{
    private int _sends;

    public string Platform => inner.Platform;

    public async Task<string> SendAlertAsync(ChannelAddress channel, Alert alert, CancellationToken cancellationToken)
    {
        var id = await inner.SendAlertAsync(channel, alert, cancellationToken);
        if (Interlocked.Increment(ref _sends) == 1)
        {
            await afterFirstSend();
        }

        return id;
    }

    public Task<string> SendUpdateAsync(ChannelAddress channel, AlertUpdate update, CancellationToken cancellationToken) =>
        inner.SendUpdateAsync(channel, update, cancellationToken);
}
