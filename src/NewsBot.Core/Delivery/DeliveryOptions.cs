using System.ComponentModel.DataAnnotations;

namespace NewsBot.Core.Delivery;

/// <summary>How the outbox is drained. Section <c>Delivery</c>.</summary>
public sealed class DeliveryOptions : IValidatableObject
{
    public const string Section = "Delivery";

    /// <summary>Seconds between two runs of the delivery job. Default 10.</summary>
    [Range(1, 3600, ErrorMessage = "Delivery:IntervalSeconds must be between {1} and {2}.")]
    public int IntervalSeconds { get; set; } = 10;

    /// <summary>Deliveries claimed per batch. Default 50.</summary>
    [Range(1, 10_000, ErrorMessage = "Delivery:BatchSize must be between {1} and {2}.")]
    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// Deliveries per platform claimed and not yet finished, at most. A run keeps claiming (<see cref="BatchSize"/> at a
    /// time) while fewer are in flight, so the platform's pacing always has sends waiting for its next slot while
    /// rows are due; each channel's deliveries still go out one at a time, in order. Keep it to a few seconds of the
    /// platform's rate: a claimed row waits for its turn, and past half of <see cref="LeaseSeconds"/> it is handed
    /// back unsent. Default 200 (four to seven seconds at Discord's and Telegram's rates).
    /// </summary>
    [Range(1, 100_000, ErrorMessage = "Delivery:MaxInFlightPerPlatform must be between {1} and {2}.")]
    public int MaxInFlightPerPlatform { get; set; } = 200;

    /// <summary>Attempts before a delivery is dead-lettered. Default 8.</summary>
    [Range(1, 100, ErrorMessage = "Delivery:MaxAttempts must be between {1} and {2}.")]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Minutes after posting during which an alert is edited to add a story's later articles; after that, a follow-up is posted. Default 60.</summary>
    [Range(0, 2880, ErrorMessage = "Delivery:EditWindowMinutes must be between {1} and {2}.")]
    public int EditWindowMinutes { get; set; } = 60;

    /// <summary>How long a claimed delivery is reserved for its worker, in seconds. Default 120.</summary>
    [Range(5, 3600, ErrorMessage = "Delivery:LeaseSeconds must be between {1} and {2}.")]
    public int LeaseSeconds { get; set; } = 120;

    /// <summary>
    /// Seconds a delivery whose send had an unknown outcome (the platform's answer was lost or late) waits before
    /// <see cref="OnUncertain"/> settles it: long enough for a struggling platform to recover. Default 120.
    /// </summary>
    [Range(0, 86_400, ErrorMessage = "Delivery:UncertainWaitSeconds must be between {1} and {2}.")]
    public int UncertainWaitSeconds { get; set; } = 120;

    /// <summary>
    /// <c>skip</c> closes such a delivery without resending (no duplicate, at the risk of a missed alert);
    /// <c>retry</c> sends it once more (no loss, at the risk of one duplicate). Platforms whose retries are
    /// idempotent (Discord's nonce) are simply retried. Default <c>skip</c>: users of news bots complain most
    /// about duplicates.
    /// </summary>
    [EnumDataType(typeof(UncertainPolicy), ErrorMessage = "Delivery:OnUncertain must be skip or retry.")]
    public UncertainPolicy OnUncertain { get; set; } = UncertainPolicy.Skip;

    /// <summary>The least <see cref="KeepSettledDays"/> other than 0: the story window's three days and one more.</summary>
    public const int MinKeepSettledDays = 4;

    /// <summary>
    /// Days a settled delivery (sent, dead or skipped) is kept once its story has had no article for as long; then
    /// the hourly cleanup deletes it, so the outbox does not grow with uptime. Dead letters can be requeued until
    /// then. 0 keeps every delivery. Default 14; otherwise at least 4: a story takes new articles for three days
    /// after its last, and each needs the channel's alert to update.
    /// </summary>
    [Range(0, 36_500, ErrorMessage = "Delivery:KeepSettledDays must be 0 (keep all) or between 4 and 36500.")]
    public int KeepSettledDays { get; set; } = 14;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (KeepSettledDays is > 0 and < MinKeepSettledDays)
        {
            yield return new ValidationResult(
                $"Delivery:KeepSettledDays must be 0 (keep all) or between {MinKeepSettledDays} and 36500: a story takes new articles for three days after its last.",
                [nameof(KeepSettledDays)]);
        }
    }
}
