using NewsBot.Core.Alerts;

namespace NewsBot.Core.Delivery;

/// <summary>Posts to one chat platform. Each platform adapter (console, Telegram, Discord) implements it.</summary>
public interface IChatTransport
{
    /// <summary>The <see cref="ChannelAddress.Platform"/> this transport serves.</summary>
    string Platform { get; }

    /// <summary>
    /// Posts the alert and returns the platform's message id. Throws <see cref="ChatDeliveryException"/>
    /// when the platform refused it.
    /// </summary>
    Task<string> SendAlertAsync(ChannelAddress channel, Alert alert, CancellationToken cancellationToken);
}
