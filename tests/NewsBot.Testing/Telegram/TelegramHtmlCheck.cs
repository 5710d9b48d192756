namespace NewsBot.Testing.Telegram;

/// <summary>
/// Parses text the way the Bot API's HTML parse mode does, strictly: only Telegram's tags, properly nested and
/// closed, quoted attributes, and only <c>&amp;lt; &amp;gt; &amp;amp; &amp;quot;</c> and numeric entities.
/// Gives the visible length Telegram counts against its 4096 limit, or why it would refuse the text.
/// </summary>
public static class TelegramHtmlCheck
{
    private static readonly HashSet<string> Tags = new(StringComparer.Ordinal)
    {
        "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "code", "pre",
        "blockquote", "tg-emoji", "tg-time",
    };

    private static readonly HashSet<string> Entities = new(StringComparer.Ordinal) { "lt", "gt", "amp", "quot" };

    /// <returns>The visible text (entities decoded, tags removed), or the parse error.</returns>
    public static (string? Visible, string? Error) Parse(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var visible = new System.Text.StringBuilder();
        var open = new Stack<string>();
        for (var i = 0; i < html.Length; i++)
        {
            var c = html[i];
            if (c == '<')
            {
                var end = html.IndexOf('>', i);
                if (end < 0)
                {
                    return (null, $"unclosed start tag at byte offset {i}");
                }

                var error = ReadTag(html[(i + 1)..end], open);
                if (error is not null)
                {
                    return (null, error);
                }

                i = end;
            }
            else if (c == '&')
            {
                var end = html.IndexOf(';', i);
                if (end < 0 || !TryDecode(html[(i + 1)..end], out var decoded))
                {
                    return (null, $"unsupported entity at offset {i}: {html.Substring(i, Math.Min(10, html.Length - i))}");
                }

                visible.Append(decoded);
                i = end;
            }
            else if (c == '>')
            {
                return (null, $"unescaped '>' at offset {i}");
            }
            else
            {
                visible.Append(c);
            }
        }

        return open.Count > 0 ? (null, $"can't find end tag corresponding to start tag \"{open.Peek()}\"") : (visible.ToString(), null);
    }

    private static string? ReadTag(string inner, Stack<string> open)
    {
        if (inner.StartsWith('/'))
        {
            var name = inner[1..].Trim();
            if (open.Count == 0 || open.Peek() != name)
            {
                return $"unexpected end tag \"{name}\"";
            }

            open.Pop();
            return null;
        }

        var space = inner.IndexOf(' ', StringComparison.Ordinal);
        var tag = space < 0 ? inner : inner[..space];
        if (!Tags.Contains(tag))
        {
            return $"unsupported start tag \"{tag}\"";
        }

        if (space >= 0)
        {
            var attributes = inner[(space + 1)..].Trim();
            if (attributes.Length > 0 && !(attributes == "expandable" && tag == "blockquote"))
            {
                var equals = attributes.IndexOf('=', StringComparison.Ordinal);
                if (equals < 0 || attributes.Length < equals + 3 || attributes[equals + 1] != '"' || attributes[^1] != '"'
                    || attributes[(equals + 2)..^1].Contains('"', StringComparison.Ordinal) || attributes[(equals + 2)..^1].Contains('<', StringComparison.Ordinal))
                {
                    return $"badly quoted attribute in \"{tag}\"";
                }

                var attribute = attributes[..equals];
                var allowed = (tag, attribute) is ("a", "href") or ("span", "class") or ("code", "class") or ("tg-emoji", "emoji-id") or ("tg-time", "unix");
                if (!allowed)
                {
                    return $"unsupported attribute {attribute} of \"{tag}\"";
                }

                if (tag == "a" && Parse(attributes[(equals + 2)..^1]).Error is { } hrefError)
                {
                    return $"bad href: {hrefError}";
                }
            }
        }

        if (tag == "a" && space < 0)
        {
            return "a without href";
        }

        open.Push(tag);
        return null;
    }

    private static bool TryDecode(string name, out string decoded)
    {
        decoded = name switch { "lt" => "<", "gt" => ">", "amp" => "&", "quot" => "\"", _ => string.Empty };
        if (Entities.Contains(name))
        {
            return true;
        }

        if (name.StartsWith('#') && name.Length > 1)
        {
            var hex = name[1] is 'x' or 'X';
            var digits = hex ? name[2..] : name[1..];
            if (int.TryParse(digits, hex ? System.Globalization.NumberStyles.HexNumber : System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code)
                && code is > 0 and <= 0x10FFFF)
            {
                decoded = char.ConvertFromUtf32(code);
                return true;
            }
        }

        return false;
    }
}
