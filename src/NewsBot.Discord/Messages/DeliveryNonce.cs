using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Discord.Messages;

/// <summary>
/// The message nonce for a delivery: its key as is when it fits Discord's 25 characters, otherwise a hash of
/// it (24 hex characters), so the same delivery always gets the same nonce and an enforced resend is deduplicated.
/// </summary>
internal static class DeliveryNonce
{
    public const int MaxLength = 25;

    public static string? From(string? deliveryKey)
    {
        if (string.IsNullOrEmpty(deliveryKey))
        {
            return null;
        }

        if (deliveryKey.Length <= MaxLength)
        {
            return deliveryKey;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(deliveryKey));
        return Convert.ToHexStringLower(hash.AsSpan(0, 12));
    }
}
