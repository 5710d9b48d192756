using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Core.Text;

/// <summary>
/// A hash of an article's words, blind to case, accents, punctuation and spacing, so the same text
/// re-published with other markup or typography is recognized.
/// </summary>
public static class ContentFingerprint
{
    public static string Compute(string title, string text)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(text);
        var folded = TextFolding.Fold(title + "\n" + text);
        var words = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && words.Length > 0)
                {
                    words.Append(' ');
                }

                words.Append(c);
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(words.ToString()));
        return Convert.ToHexStringLower(hash);
    }
}
