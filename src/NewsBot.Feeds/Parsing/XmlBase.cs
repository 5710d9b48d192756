using System.Xml.Linq;

namespace NewsBot.Feeds.Parsing;

/// <summary>Resolves links against xml:base attributes in scope, down from the document's own address.</summary>
internal static class XmlBase
{
    public static Uri BaseFor(XElement element, Uri documentUri)
    {
        ArgumentNullException.ThrowIfNull(element);
        ArgumentNullException.ThrowIfNull(documentUri);
        var result = documentUri;
        foreach (var ancestor in element.AncestorsAndSelf().Reverse())
        {
            var value = ancestor.Attribute(XNamespace.Xml + "base")?.Value.Trim();
            if (!string.IsNullOrEmpty(value) && Uri.TryCreate(result, value, out var resolved))
            {
                result = resolved;
            }
        }

        return result;
    }

    /// <summary>An absolute http(s) address for <paramref name="reference"/>, or null if it is not one.</summary>
    public static Uri? Resolve(Uri baseUri, string? reference)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        if (string.IsNullOrWhiteSpace(reference) || !Uri.TryCreate(baseUri, reference.Trim(), out var resolved))
        {
            return null;
        }

        return resolved.Scheme is "http" or "https" ? resolved : null;
    }
}
