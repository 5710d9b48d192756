using System.Text;

namespace NewsBot.Core.Commands;

/// <summary>
/// A command's text split like a shell: white space separates words and double quotes group them
/// (<c>"corée du nord"</c>, also “…”, «…» and „…“). No backslash escapes and no single quotes, which
/// French needs as apostrophes (<c>l'Ukraine</c>). A quote left open runs to the end.
/// </summary>
internal sealed class CommandArguments
{
    private CommandArguments(string text, IReadOnlyList<ArgumentWord> words)
    {
        Text = text;
        Words = words;
    }

    /// <summary>The text as typed, trimmed.</summary>
    public string Text { get; }

    public IReadOnlyList<ArgumentWord> Words { get; }

    public static CommandArguments Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Trim();
        var words = new List<ArgumentWord>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var value = new StringBuilder();
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                if (IsOpeningQuote(text[i]))
                {
                    var close = Closing(text[i]);
                    var end = text.AsSpan(i + 1).IndexOfAny(close);
                    end = end < 0 ? text.Length : i + 1 + end;
                    value.Append(text, i + 1, end - i - 1);
                    i = Math.Min(end + 1, text.Length);
                }
                else
                {
                    value.Append(text[i++]);
                }
            }

            words.Add(new ArgumentWord(value.ToString(), start, i));
        }

        return new CommandArguments(text, words);
    }

    /// <summary>
    /// Takes out the words typed as <c>name:value</c> with a name of <paramref name="names"/>
    /// (case-insensitive) and returns them with the rest of the text as typed, quotes kept.
    /// </summary>
    public OptionSplit TakeOptions(IReadOnlyCollection<string> names)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var rest = new StringBuilder();
        var from = 0;
        string? repeated = null;
        foreach (var word in Words)
        {
            var colon = Text.IndexOf(':', word.Start, word.End - word.Start);
            var name = colon > word.Start ? Text[word.Start..colon] : null;
            if (name is null || !names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var key = name.ToLowerInvariant();
            if (!options.TryAdd(key, word.Value[(name.Length + 1)..].Trim()))
            {
                repeated ??= key;
            }

            AppendPiece(rest, Text[from..word.Start]);
            from = word.End;
        }

        AppendPiece(rest, Text[from..]);
        return new OptionSplit(options, rest.ToString(), repeated);
    }

    private static void AppendPiece(StringBuilder rest, string piece)
    {
        piece = piece.Trim();
        if (piece.Length > 0)
        {
            rest.Append(rest.Length > 0 ? " " : string.Empty).Append(piece);
        }
    }

    private static bool IsOpeningQuote(char c) => c is '"' or '“' or '«' or '„';

    private static ReadOnlySpan<char> Closing(char opening) => opening == '«' ? "»" : "\"”“";
}
