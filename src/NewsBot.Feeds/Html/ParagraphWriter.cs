using System.Text;
using AngleSharp.Dom;
using NewsBot.Feeds.Text;

namespace NewsBot.Feeds.Html;

/// <summary>Walks a DOM subtree and collects its text, one paragraph per block element.</summary>
internal sealed class ParagraphWriter
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "li", "main", "nav", "ol", "p", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
    };

    private readonly List<string> _paragraphs = [];
    private readonly StringBuilder _current = new();
    private string _prefix = string.Empty;

    public IReadOnlyList<string> Paragraphs
    {
        get
        {
            Flush();
            return _paragraphs;
        }
    }

    public void Write(INode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        switch (node)
        {
            case IText text:
                _current.Append(text.Data);
                break;
            case IElement { LocalName: "br" }:
                Flush();
                break;
            case IElement { LocalName: "pre" } pre:
                WritePreformatted(pre);
                break;
            case IElement { LocalName: "td" or "th" } cell:
                _current.Append(' ');
                WriteChildren(cell);
                _current.Append(' ');
                break;
            case IElement element when BlockTags.Contains(element.LocalName):
                Flush();
                if (element.LocalName == "li")
                {
                    // Marked so that list items are not mistaken for headings or teasers later.
                    _prefix = "• ";
                }

                WriteChildren(element);
                Flush();
                break;
            case IElement element:
                WriteChildren(element);
                break;
        }
    }

    private void WriteChildren(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            Write(child);
        }
    }

    private void WritePreformatted(IElement pre)
    {
        Flush();
        foreach (var line in pre.TextContent.ReplaceLineEndings("\n").Split('\n'))
        {
            _current.Append(line);
            Flush();
        }
    }

    private void Flush()
    {
        var text = Whitespace.Collapse(_current.ToString());
        _current.Clear();
        if (text.Length > 0)
        {
            _paragraphs.Add(_prefix + text);
        }

        _prefix = text.Length > 0 ? string.Empty : _prefix;
    }
}
