namespace NewsBot.Core.Delivery.Pacing;

/// <summary>From when a send's place in the platform's one-second window is counted (<see cref="PacingOptions.WindowFrom"/>).</summary>
public enum PlatformWindowStart
{
    /// <summary>From when the send left: no second of sending sees more than the limit.</summary>
    Send,

    /// <summary>
    /// From when its answer came: no second on the platform's clock can see more than the limit, however the network
    /// bunches the sends, at the cost of a rate of at most limit / (1 s + round trip).
    /// </summary>
    Answer,
}
