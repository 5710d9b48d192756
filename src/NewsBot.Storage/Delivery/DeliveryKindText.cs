using NewsBot.Core.Delivery;

namespace NewsBot.Storage.Delivery;

/// <summary>How a delivery's kind is written in the <c>kind</c> column.</summary>
internal static class DeliveryKindText
{
    public static string Of(DeliveryKind kind) => kind == DeliveryKind.Update ? "update" : "alert";

    public static DeliveryKind Parse(string text) => text switch
    {
        "alert" => DeliveryKind.Alert,
        "update" => DeliveryKind.Update,
        _ => throw new InvalidOperationException($"Unknown delivery kind '{text}' in the database."),
    };
}
