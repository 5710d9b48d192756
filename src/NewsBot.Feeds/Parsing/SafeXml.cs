using System.Xml;
using System.Xml.Linq;

namespace NewsBot.Feeds.Parsing;

/// <summary>
/// Loads untrusted XML: no DTD (so no entity expansion, "billion laughs" included), no external
/// resolution, and a cap on the characters read.
/// </summary>
internal static class SafeXml
{
    public static XDocument Load(ReadOnlyMemory<byte> body, long maxCharacters)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = maxCharacters,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        };

        // The reader takes the encoding from the byte order mark or the XML declaration.
        using var stream = new MemoryStream(body.ToArray(), writable: false);
        using var reader = XmlReader.Create(stream, settings);
        return XDocument.Load(reader, LoadOptions.None);
    }
}
