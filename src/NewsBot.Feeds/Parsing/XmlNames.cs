using System.Xml.Linq;

namespace NewsBot.Feeds.Parsing;

/// <summary>Namespaces of the XML feed formats and their common extensions.</summary>
internal static class XmlNames
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    public static readonly XNamespace Rss10 = "http://purl.org/rss/1.0/";
    public static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    public static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
}
