using System.Text;
using NewsBot.Core.Text;

namespace NewsBot.Feeds.Text;

/// <summary>The form a line is compared in against <see cref="BoilerplatePhrases"/>.</summary>
internal static class PhraseKey
{
    /// <summary>Folded, spaces collapsed, surrounding punctuation and symbols removed.</summary>
    public static string Of(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var folded = TextFolding.Fold(line);
        var builder = new StringBuilder(folded.Length);
        var space = false;
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString().Trim(' ', '.', ':', '!', '?', '…', '»', '«', '"', '-', '|', '>', '›', '•', '*', '#');
    }
}
