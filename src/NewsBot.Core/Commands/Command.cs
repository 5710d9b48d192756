using NewsBot.Core.Text;

namespace NewsBot.Core.Commands;

/// <summary>
/// A chat command as a platform adapter received it: the command's name, without slash or bot mention,
/// and the rest of the message as typed. Handlers split <see cref="Text"/> like a shell: white space
/// separates words, double quotes (also “ ” « » „) group them; the topic query keeps its quotes.
/// </summary>
public sealed record Command
{
    public Command(string name, string? text = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = DisplayText.Clean(name).Trim().TrimStart('/');

        // Cleaned at the door: a lone surrogate would make text folding throw, and a control or bidirectional
        // character would be stored in a topic and echoed back to everyone.
        Text = text is null ? string.Empty : DisplayText.Clean(text).Trim();
    }

    /// <summary>The command's name, matched case-insensitively ("subscribe", "Figures").</summary>
    public string Name { get; }

    /// <summary>
    /// Everything after the name, trimmed and cleaned of control and invisible reordering characters
    /// (<see cref="DisplayText.Clean"/>); empty when there are no arguments.
    /// </summary>
    public string Text { get; }

    /// <summary>
    /// The bot a typed command names after its <c>@</c> (<c>/figures@NewsBot</c> gives "NewsBot"); null when it
    /// names none. In a group with several bots, an adapter ignores the commands that name another.
    /// </summary>
    public string? Mention { get; init; }

    /// <summary>
    /// Reads a message such as <c>/subscribe@NewsBot "corée du nord" mode:digest</c>: the name runs to the first
    /// white space; a leading slash is dropped and an <c>@BotName</c> suffix goes to <see cref="Mention"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The message is blank.</exception>
    public static Command Parse(string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        var trimmed = message.Trim();
        var end = 0;
        while (end < trimmed.Length && !char.IsWhiteSpace(trimmed[end]))
        {
            end++;
        }

        var name = trimmed[..end].TrimStart('/');
        var at = name.IndexOf('@', StringComparison.Ordinal);
        var mention = at < 0 ? null : name[(at + 1)..];
        name = at < 0 ? name : name[..at];
        return new Command(name.Length == 0 ? "/" : name, trimmed[end..]) { Mention = mention };
    }

    /// <summary>
    /// For platforms with typed options (Discord slash commands): <paramref name="text"/> followed by each
    /// option with a value as <c>name:value</c>, quoted when the value has spaces, as a user would type it.
    /// </summary>
    public static Command FromOptions(string name, string? text, IEnumerable<KeyValuePair<string, string?>> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(text))
        {
            parts.Add(text.Trim());
        }

        foreach (var (key, value) in options)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                var trimmed = value.Trim();
                parts.Add(trimmed.Any(char.IsWhiteSpace) ? $"{key}:\"{trimmed}\"" : $"{key}:{trimmed}");
            }
        }

        return new Command(name, string.Join(' ', parts));
    }

    public override string ToString() => Text.Length == 0 ? Name : $"{Name} {Text}";
}
