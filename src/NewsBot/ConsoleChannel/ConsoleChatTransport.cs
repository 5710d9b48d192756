using System.Globalization;
using NewsBot.Core.Alerts;
using NewsBot.Core.Delivery;

namespace NewsBot.ConsoleChannel;

/// <summary>
/// A chat platform that prints: alerts for <c>console:*</c> channels go to standard output. Used by
/// <c>demo</c>, and by <c>run</c> for channels made on the console.
/// </summary>
internal sealed class ConsoleChatTransport(ConsoleOutput output) : IChatTransport
{
    public const string PlatformName = "console";

    private long _messages;

    public string Platform => PlatformName;

    public async Task<string> SendAlertAsync(ChannelAddress channel, Alert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(alert);
        var rendered = ConsoleAlertRenderer.Render(channel, alert);
        await output.Writer.WriteLineAsync(rendered.AsMemory(), cancellationToken).ConfigureAwait(false);
        await output.Writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return Interlocked.Increment(ref _messages).ToString(CultureInfo.InvariantCulture);
    }

    // A terminal cannot edit what it printed: every update is a follow-up.
    public async Task<string> SendUpdateAsync(ChannelAddress channel, AlertUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(update);
        await output.Writer.WriteLineAsync(ConsoleAlertRenderer.RenderFollowUp(channel, update).AsMemory(), cancellationToken).ConfigureAwait(false);
        await output.Writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return Interlocked.Increment(ref _messages).ToString(CultureInfo.InvariantCulture);
    }
}
