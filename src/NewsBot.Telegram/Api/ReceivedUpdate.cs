using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace NewsBot.Telegram.Api;

/// <summary>
/// One element of a <c>getUpdates</c> answer, read on its own so that one the bot cannot read never hides the
/// others. <see cref="Update"/> is null when it could not be read; <see cref="Error"/> then says why.
/// </summary>
internal sealed record ReceivedUpdate(long? UpdateId, Update? Update, string? Error)
{
    /// <summary>Reads one element with the library's own JSON settings; its id is kept when that much can be read.</summary>
    public static ReceivedUpdate From(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("update_id", out var idElement) || !idElement.TryGetInt64(out var id))
        {
            return new ReceivedUpdate(null, null, "no update_id");
        }

        try
        {
            // An object, which this is, never reads as a null Update.
            return new ReceivedUpdate(id, element.Deserialize<Update>(JsonBotAPI.Options)!, null);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or ArgumentException or InvalidOperationException or FormatException)
        {
            return new ReceivedUpdate(id, null, ex.Message);
        }
    }
}
