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

    /// <summary>
    /// Tells the channel about a later article of a story it was alerted to: edits the original where the
    /// platform can and <see cref="AlertUpdate.MayEdit"/> allows, else posts a short follow-up. Returns the
    /// id of the message edited or posted. Throws <see cref="ChatDeliveryException"/> like a send.
    /// </summary>
    Task<string> SendUpdateAsync(ChannelAddress channel, AlertUpdate update, CancellationToken cancellationToken);
}
