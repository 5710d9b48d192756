using System.Globalization;
using System.Text;

namespace NewsBot.Testing.Chat;

/// <summary>
/// Text a feed or a user could send to make the bot ping, inject markup or garble a chat: mentions, Discord
/// markdown, HTML, entities, bidirectional and zero-width controls, terminal escapes, emoji and lone surrogates,
/// mixed at random from a seed so a failure can be replayed.
/// </summary>
public static class HostileText
{
    /// <summary>Each piece alone; a renderer must show all of them as typed (or drop the invisible ones).</summary>
    public static readonly IReadOnlyList<string> Pieces =
    [
        "@everyone", "@here", "<@123>", "<@!123>", "<@&456>", "<#789>", "<:emoji:42>", "<b>", "</b>", "<i>", "</a>",
        "<a href=\"javascript:alert(1)\">", "&amp;", "&lt;", "&", "&#x202E;", "\"", "'", "**", "__", "~~", "`", "```",
        "||", "[text](https://evil.example)", "](x)", "# heading", "\n# heading", "> quote", "\n>>> quote", "- item",
        "\n1. item", "-# small", "\\", "\\\\", "*", "_", "\u202E", "\u202D", "\u2066", "\u2067", "\u2068", "\u2069",
        "\u200B", "\u200E", "\u200F", "\u200D", "\uFEFF", "\u0000", "\u001B[31m", "\u001B]0;title\u0007", "\r\n", "\r",
        "\t", "\u0085", "\u2028", "😀", "👩‍👩‍👧", "\uD83D", "\uDE00", "é", "ﷺ", "שלום", "مرحبا", " ", "word",
    ];

    /// <summary>A seed from <c>NEWSBOT_FUZZ_SEED</c> when set (to replay a failure), otherwise <paramref name="fallback"/>.</summary>
    public static int Seed(int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable("NEWSBOT_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) ? seed : fallback;

    /// <summary>Pieces and ordinary words up to about <paramref name="maxLength"/> characters.</summary>
    public static string Next(Random random, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(random);
        var text = new StringBuilder();
        var target = random.Next(0, maxLength + 1);
        while (text.Length < target)
        {
            text.Append(random.Next(4) switch
            {
                0 => Pieces[random.Next(Pieces.Count)],
                1 => " ",
                2 => new string((char)random.Next(0x20, 0x7F), random.Next(1, 4)),
                _ => Pieces[random.Next(Pieces.Count)] + Pieces[random.Next(Pieces.Count)],
            });
        }

        return text.ToString();
    }
}
