namespace NewsBot.Discord.Gateway;

/// <summary>How one gateway connection ended, and so what the next one does.</summary>
/// <param name="Next">Resume the session, start a new one, or stop the bot.</param>
/// <param name="Reason">For the log.</param>
/// <param name="WasReady">The connection got as far as READY or RESUMED (reconnect at once rather than back off).</param>
/// <param name="CloseCode">The close code Discord sent, if it closed the connection.</param>
internal sealed record GatewayOutcome(GatewayNext Next, string Reason, bool WasReady, int? CloseCode = null);

internal enum GatewayNext
{
    Resume,
    Identify,
    Stop,
}
