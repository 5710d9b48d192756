using System.ComponentModel.DataAnnotations;

namespace NewsBot.Core.Delivery.Pacing;

/// <summary>
/// How fast one platform is posted to, and how long a send may wait or retry before it goes back to the
/// outbox. One instance per platform, bound from the section the platform's registration names
/// (e.g. <c>Telegram:Pacing</c>). The defaults are Telegram's published limits.
/// </summary>
public sealed class PacingOptions
{
    /// <summary>Messages per second over the whole platform. Default 30 (Telegram's bulk limit).</summary>
    [Range(0.01, 10_000, ErrorMessage = "Pacing:MessagesPerSecond must be between {1} and {2}.")]
    public double MessagesPerSecond { get; set; } = 30;

    /// <summary>
    /// From when a send counts in the platform's window of <see cref="MessagesPerSecond"/> (rounded up) sends in any
    /// one second, the cap under the even pace: <see cref="PlatformWindowStart.Answer"/>, until one second after its
    /// answer (no second on the platform's clock sees more, however the machine or the network bunches the sends;
    /// at most that many per 1 s + round trip), or <see cref="PlatformWindowStart.Send"/>, one second from when it
    /// left (for a platform whose client already keeps such a window, as Discord's does). Default Answer.
    /// </summary>
    [EnumDataType(typeof(PlatformWindowStart), ErrorMessage = "Pacing:WindowFrom must be Answer or Send.")]
    public PlatformWindowStart WindowFrom { get; set; } = PlatformWindowStart.Answer;

    /// <summary>Messages per second to one chat or channel (its threads included). Default 1.</summary>
    [Range(0.01, 1_000, ErrorMessage = "Pacing:PerChannelPerSecond must be between {1} and {2}.")]
    public double PerChannelPerSecond { get; set; } = 1;

    /// <summary>
    /// Messages per minute to one group; 0 turns the limit off. Which channels are groups is the platform
    /// registration's call; by default every channel counts. Default 20 (Telegram's group limit).
    /// </summary>
    [Range(0, 60_000, ErrorMessage = "Pacing:PerGroupPerMinute must be between {1} and {2}.")]
    public int PerGroupPerMinute { get; set; } = 20;

    /// <summary>Retries of a transient failure inside one send, after the first try. Default 3.</summary>
    [Range(0, 20, ErrorMessage = "Pacing:MaxRetries must be between {1} and {2}.")]
    public int MaxRetries { get; set; } = 3;

    /// <summary>First retry delay in seconds; it doubles on each retry, with jitter. Default 1.</summary>
    [Range(0.01, 600, ErrorMessage = "Pacing:RetryBaseDelaySeconds must be between {1} and {2}.")]
    public double RetryBaseDelaySeconds { get; set; } = 1;

    /// <summary>
    /// Longest one send may spend queued, held or retrying, in seconds; past it the send fails so the outbox
    /// reschedules it. Keep it below <c>Delivery:LeaseSeconds</c>, or another worker may claim the delivery
    /// while it is still waiting here. Default 60.
    /// </summary>
    [Range(1, 3600, ErrorMessage = "Pacing:MaxWaitSeconds must be between {1} and {2}.")]
    public int MaxWaitSeconds { get; set; } = 60;
}
