using NewsBot.Core.Delivery;

namespace NewsBot.Storage.Delivery;

/// <summary>Statuses are stored as lower-case words, readable in a database shell and safe from enum reordering.</summary>
internal static class DeliveryStatusText
{
    public const string Due = "due";
    public const string Sent = "sent";
    public const string Dead = "dead";
    public const string Uncertain = "uncertain";
    public const string Skipped = "skipped";

    public static DeliveryStatus Parse(string status) => status switch
    {
        Due => DeliveryStatus.Due,
        Sent => DeliveryStatus.Sent,
        Dead => DeliveryStatus.Dead,
        Uncertain => DeliveryStatus.Uncertain,
        Skipped => DeliveryStatus.Skipped,
        _ => throw new InvalidOperationException($"Unknown delivery status '{status}' in the database."),
    };
}
