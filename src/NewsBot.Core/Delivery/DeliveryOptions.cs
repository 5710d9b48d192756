using System.ComponentModel.DataAnnotations;

namespace NewsBot.Core.Delivery;

/// <summary>How the outbox is drained. Section <c>Delivery</c>.</summary>
public sealed class DeliveryOptions
{
    public const string Section = "Delivery";

    /// <summary>Seconds between two runs of the delivery job. Default 10.</summary>
    [Range(1, 3600, ErrorMessage = "Delivery:IntervalSeconds must be between {1} and {2}.")]
    public int IntervalSeconds { get; set; } = 10;

    /// <summary>Deliveries claimed per batch. Default 50.</summary>
    [Range(1, 10_000, ErrorMessage = "Delivery:BatchSize must be between {1} and {2}.")]
    public int BatchSize { get; set; } = 50;

    /// <summary>Attempts before a delivery is dead-lettered. Default 8.</summary>
    [Range(1, 100, ErrorMessage = "Delivery:MaxAttempts must be between {1} and {2}.")]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Minutes after posting during which an alert is edited to add a story's later articles; after that, a follow-up is posted. Default 60.</summary>
    [Range(0, 2880, ErrorMessage = "Delivery:EditWindowMinutes must be between {1} and {2}.")]
    public int EditWindowMinutes { get; set; } = 60;

    /// <summary>How long a claimed delivery is reserved for its worker, in seconds. Default 120.</summary>
    [Range(5, 3600, ErrorMessage = "Delivery:LeaseSeconds must be between {1} and {2}.")]
    public int LeaseSeconds { get; set; } = 120;
}
