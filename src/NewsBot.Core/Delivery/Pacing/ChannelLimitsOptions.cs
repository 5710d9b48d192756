using System.ComponentModel.DataAnnotations;

namespace NewsBot.Core.Delivery.Pacing;

/// <summary>
/// How many alerts one channel gets, whatever the platform allows. Section <c>Delivery</c>, beside
/// <see cref="DeliveryOptions"/>. Alerts past a limit are deferred, never dropped.
/// </summary>
public sealed class ChannelLimitsOptions
{
    public const string Section = "Delivery";

    /// <summary>
    /// Alerts per channel per day (the bot's local day, <see cref="TimeProvider.LocalTimeZone"/>); the rest
    /// wait for the next day. 0: no cap. Default 50.
    /// </summary>
    [Range(0, 100_000, ErrorMessage = "Delivery:DailyCapPerChannel must be between {1} and {2}.")]
    public int DailyCapPerChannel { get; set; } = 50;

    /// <summary>Least time between two alerts in one channel, in seconds. 0: none. Default 0.</summary>
    [Range(0, 86_400, ErrorMessage = "Delivery:MinIntervalSecondsPerChannel must be between {1} and {2}.")]
    public int MinIntervalSecondsPerChannel { get; set; }
}
