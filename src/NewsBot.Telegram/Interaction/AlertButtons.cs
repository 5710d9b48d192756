using System.Security.Cryptography;
using System.Text;
using NewsBot.Core.Alerts;
using Telegram.Bot.Types.ReplyMarkups;

namespace NewsBot.Telegram.Interaction;

/// <summary>
/// The inline buttons under an alert: "More figures" and "Unsubscribe". Telegram's callback data holds 64 bytes,
/// too few for a topic, so the button carries a short hash of it that the chat's subscriptions are checked against.
/// </summary>
internal static class AlertButtons
{
    public const string FiguresPrefix = "f:";
    public const string UnsubscribePrefix = "u:";

    public static InlineKeyboardMarkup For(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var hash = TopicHash(alert.Topic);
        return new InlineKeyboardMarkup(
            InlineKeyboardButton.WithCallbackData("📊 More figures", FiguresPrefix + hash),
            InlineKeyboardButton.WithCallbackData("🔕 Unsubscribe", UnsubscribePrefix + hash));
    }

    /// <summary>16 hex digits of the topic's SHA-256: unique enough among one chat's subscriptions.</summary>
    public static string TopicHash(string topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(topic.Trim())).AsSpan(0, 8));
    }
}
