using System.Xml;
using System.Xml.Linq;

namespace NewsBot.Feeds.Parsing;

/// <summary>
/// Loads untrusted XML: a DTD is skipped, never read, so no entity it declares is expanded ("billion
/// laughs") or fetched (<c>file:///etc/passwd</c>), and a reference to one fails the document; no
/// external resolution; a cap on the characters read. The text is already decoded
/// (<see cref="Decoding.BodyDecoder"/>), so the declaration's encoding is not read again, and
/// character references to control characters are let through for the item text clean-up.
/// The tree is built here, with an explicit stack and a depth cap (<see cref="MaxDepth"/>): elements
/// nested deeper are not made nodes, their text goes flat into the deepest element kept, so 200,000
/// nested elements cost one linear pass and leave a tree as shallow as any feed's.
/// </summary>
internal static class SafeXml
{
    /// <summary>Feeds put their fields 4 levels down and XHTML content a dozen more; 64 is far past both.</summary>
    public const int MaxDepth = 64;

    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    /// <param name="text">The decoded document.</param>
    /// <param name="maxCharacters">Characters read at most.</param>
    /// <param name="maxDepth">Elements nested deeper are kept as flat text.</param>
    /// <param name="closed">
    /// Called on each element as soon as its end tag is read, still in its place in the tree (its
    /// ancestors, xml:base and all); what it empties is never held with the rest of the document.
    /// </param>
    public static XDocument Load(string text, long maxCharacters, int maxDepth = MaxDepth, Action<XElement>? closed = null)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersInDocument = maxCharacters,
            MaxCharactersFromEntities = 0,
            CheckCharacters = false,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        };

        using var reader = XmlReader.Create(new StringReader(text), settings);
        return Build(reader, maxDepth, closed);
    }

    private static XDocument Build(XmlReader reader, int maxDepth, Action<XElement>? closed)
    {
        var document = new XDocument();
        XContainer current = document;
        var depth = 0;
        var beyond = 0;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when depth >= maxDepth:
                    beyond += reader.IsEmptyElement ? 0 : 1;
                    break;
                case XmlNodeType.Element:
                    var empty = reader.IsEmptyElement;
                    var element = new XElement(XNamespace.Get(reader.NamespaceURI) + reader.LocalName);
                    AddAttributes(reader, element);
                    current.Add(element);
                    if (!empty)
                    {
                        current = element;
                        depth++;
                    }
                    else
                    {
                        closed?.Invoke(element);
                    }

                    break;
                case XmlNodeType.EndElement when beyond > 0:
                    beyond--;
                    break;
                case XmlNodeType.EndElement:
                    var done = (XElement)current;
                    current = current.Parent ?? (XContainer)document;
                    depth--;
                    closed?.Invoke(done);
                    break;
                case XmlNodeType.CDATA when current is XElement && beyond == 0:
                    current.Add(new XCData(reader.Value));
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace when current is XElement:
                    current.Add(new XText(reader.Value));
                    break;
            }
        }

        return document;
    }

    private static void AddAttributes(XmlReader reader, XElement element)
    {
        if (!reader.MoveToFirstAttribute())
        {
            return;
        }

        do
        {
            XName name = reader.NamespaceURI == XmlnsNamespace
                ? reader.Prefix.Length == 0 ? "xmlns" : XNamespace.Xmlns + reader.LocalName
                : XNamespace.Get(reader.NamespaceURI) + reader.LocalName;
            element.Add(new XAttribute(name, reader.Value));
        }
        while (reader.MoveToNextAttribute());
        reader.MoveToElement();
    }
}
