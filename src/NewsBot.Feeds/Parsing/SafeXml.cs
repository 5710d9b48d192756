using System.Xml;
using System.Xml.Linq;

namespace NewsBot.Feeds.Parsing;

/// <summary>
/// Loads untrusted XML: a DTD is skipped, never read, so no entity it declares is expanded ("billion
/// laughs") or fetched (<c>file:///etc/passwd</c>), and a reference to one fails the document; no
/// external resolution; a cap on the characters read. The text is already decoded
/// (<see cref="Decoding.BodyDecoder"/>), so the declaration's encoding is not read again, and
/// character references to control characters are let through for the item text clean-up.
/// </summary>
internal static class SafeXml
{
    public static XDocument Load(string text, long maxCharacters)
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
        return XDocument.Load(reader, LoadOptions.None);
    }
}
