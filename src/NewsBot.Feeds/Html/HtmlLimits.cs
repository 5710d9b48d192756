using System.Text;

namespace NewsBot.Feeds.Html;

/// <summary>
/// Bounds the markup of one item or page before any HTML parser sees it, in one linear pass: at most
/// <see cref="MaxCharacters"/> characters, and elements nested at most <see cref="MaxDepth"/> deep. Tags
/// opened beyond that depth (and their end tags) are dropped, their text kept flat in the deepest
/// element kept, so no input (100,000 nested <c>&lt;div&gt;</c>s, 100,000 unclosed <c>&lt;b&gt;&lt;i&gt;</c>)
/// makes the parser's tree, and the work that walks it, deeper than real articles ever are.
/// </summary>
internal static class HtmlLimits
{
    /// <summary>Real articles nest 10–30 deep; 128 leaves room for the worst page templates.</summary>
    public const int MaxDepth = 128;

    /// <summary>
    /// Markup read per item or page: 4 M characters, enough for 200,000 nested elements around a text,
    /// and the most one item can hold under the default 10 MiB feed cap less its neighbours.
    /// </summary>
    public const int MaxCharacters = 4_000_000;

    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
    };

    /// <summary>Elements whose content is text up to their own end tag, never markup.</summary>
    private static readonly HashSet<string> RawTextElements = new(StringComparer.Ordinal)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
    };

    /// <summary>Elements that a sibling of the same name closes (<c>&lt;li&gt;a&lt;li&gt;b</c>): not nesting.</summary>
    private static readonly HashSet<string> SelfClosingSiblings = new(StringComparer.Ordinal)
    {
        "p", "li", "dt", "dd", "option", "tr", "td", "th",
    };

    /// <summary>
    /// Elements an end tag does not close past (the parser's scopes, taken wide). Our count of open
    /// elements may run above the parser's, never below it: that is what keeps the parser's tree bounded.
    /// </summary>
    private static readonly HashSet<string> ScopeBoundaries = new(StringComparer.Ordinal)
    {
        "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template", "button", "ol", "ul", "svg", "math",
    };

    /// <summary>Formatting elements, whose end tags the parser may answer by moving nodes rather than closing them.</summary>
    private static readonly HashSet<string> FormattingElements = new(StringComparer.Ordinal)
    {
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
    };

    public static string Apply(string html, int maxDepth = MaxDepth, int maxCharacters = MaxCharacters)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (html.Length > maxCharacters)
        {
            html = html[..maxCharacters];
        }

        return new Scanner(html, maxDepth).Run();
    }

    /// <summary>One pass over the markup with an explicit stack of the open elements kept.</summary>
    private sealed class Scanner(string html, int maxDepth)
    {
        private readonly List<string> _open = new(Math.Min(maxDepth, 64));
        private readonly Dictionary<string, int> _dropped = new(StringComparer.Ordinal);
        private readonly StringBuilder _output = new(html.Length);
        private int _position;
        private bool _changed;

        public string Run()
        {
            while (_position < html.Length)
            {
                var next = html.IndexOf('<', _position);
                if (next < 0)
                {
                    _output.Append(html, _position, html.Length - _position);
                    break;
                }

                _output.Append(html, _position, next - _position);
                _position = next;
                ReadMarkup();
            }

            return _changed ? _output.ToString() : html;
        }

        private void ReadMarkup()
        {
            var start = _position;
            var rest = html.AsSpan(start);
            if (rest.StartsWith("<!--", StringComparison.Ordinal))
            {
                CopyThrough(start, "-->");
            }
            else if (rest.Length > 1 && rest[1] is '!' or '?')
            {
                CopyThrough(start, ">");
            }
            else if (rest.Length > 2 && rest[1] == '/' && char.IsAsciiLetter(rest[2]))
            {
                EndTag(start);
            }
            else if (rest.Length > 1 && char.IsAsciiLetter(rest[1]))
            {
                StartTag(start);
            }
            else
            {
                _output.Append('<');
                _position = start + 1;
            }
        }

        private void StartTag(int start)
        {
            var name = Name(start + 1);
            var end = TagEnd(start);
            var selfClosing = html[end - 1] == '/' && end - 1 > start + name.Length;
            _position = end + 1;
            if (VoidElements.Contains(name) || selfClosing)
            {
                _output.Append(html, start, _position - start);
                return;
            }

            if (RawTextElements.Contains(name))
            {
                // The element's text, markup-looking or not, up to its end tag, copied as it is.
                var close = html.IndexOf("</" + name, _position, StringComparison.OrdinalIgnoreCase);
                var stop = close < 0 ? html.Length : TagEnd(close) + 1;
                _output.Append(html, start, stop - start);
                _position = stop;
                return;
            }

            if (SelfClosingSiblings.Contains(name) && _open.Count > 0 && _open[^1] == name)
            {
                _open.RemoveAt(_open.Count - 1);
            }

            if (_open.Count >= maxDepth)
            {
                // Beyond the cap: the tag goes, its text stays, kept apart from its neighbours' words.
                _dropped[name] = _dropped.GetValueOrDefault(name) + 1;
                _output.Append(' ');
                _changed = true;
                return;
            }

            _open.Add(name);
            _output.Append(html, start, _position - start);
        }

        private void EndTag(int start)
        {
            var name = Name(start + 2);
            var end = TagEnd(start);
            _position = end + 1;
            if (_dropped.TryGetValue(name, out var dropped))
            {
                if (dropped == 1)
                {
                    _dropped.Remove(name);
                }
                else
                {
                    _dropped[name] = dropped - 1;
                }

                _output.Append(' ');
                return;
            }

            if (ClosedIndex(name) is var open and >= 0)
            {
                _open.RemoveRange(open, _open.Count - open);
            }

            _output.Append(html, start, _position - start);
        }

        /// <summary>
        /// Where the open element this end tag surely closes is, or -1: a formatting element only at the
        /// top, any other only with no scope boundary above it. At most <c>maxDepth</c> steps.
        /// </summary>
        private int ClosedIndex(string name)
        {
            if (FormattingElements.Contains(name))
            {
                return _open.Count > 0 && _open[^1] == name ? _open.Count - 1 : -1;
            }

            for (var i = _open.Count - 1; i >= 0; i--)
            {
                if (string.Equals(_open[i], name, StringComparison.Ordinal))
                {
                    return i;
                }

                if (ScopeBoundaries.Contains(_open[i]))
                {
                    return -1;
                }
            }

            return -1;
        }

        private string Name(int from)
        {
            var to = from;
            while (to < html.Length && (char.IsAsciiLetterOrDigit(html[to]) || html[to] is '-' or ':' or '_'))
            {
                to++;
            }

            return html[from..to].ToLowerInvariant();
        }

        /// <summary>The tag's closing '&gt;' (outside quoted attribute values), or the last character.</summary>
        private int TagEnd(int start)
        {
            // A quote opens a value only right after '=' (spaces aside), as in the HTML tokenizer.
            var quote = '\0';
            var afterEquals = false;
            for (var i = start + 1; i < html.Length; i++)
            {
                var c = html[i];
                if (quote != '\0')
                {
                    quote = c == quote ? '\0' : quote;
                }
                else if (c is '"' or '\'' && afterEquals)
                {
                    quote = c;
                }
                else if (c == '>')
                {
                    return i;
                }

                afterEquals = c == '=' || (afterEquals && char.IsWhiteSpace(c));
            }

            return html.Length - 1;
        }

        private void CopyThrough(int start, string terminator)
        {
            var end = html.IndexOf(terminator, start + 2, StringComparison.Ordinal);
            var stop = end < 0 ? html.Length : end + terminator.Length;
            _output.Append(html, start, stop - start);
            _position = stop;
        }
    }
}
