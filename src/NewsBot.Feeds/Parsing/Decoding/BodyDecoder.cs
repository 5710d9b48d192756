using System.Buffers;
using System.Text;

namespace NewsBot.Feeds.Parsing.Decoding;

/// <summary>
/// Turns a feed body into text without ever refusing it for its bytes: a byte order mark decides
/// first, then the XML declaration, checked against the bytes (a feed that says UTF-8 but is
/// windows-1252, or says ISO-8859-1 but is UTF-8, is read as what it is). Bytes that are invalid
/// in the encoding chosen become U+FFFD, and characters XML forbids become spaces, so one bad byte
/// costs one character, not the feed.
/// </summary>
internal static class BodyDecoder
{
    private static readonly Encoding Utf8Lenient = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static string Decode(ReadOnlySpan<byte> body)
    {
        var (encoding, skip) = ChooseEncoding(body);
        return XmlCharacters.Clean(encoding.GetString(body[skip..]));
    }

    private static (Encoding Encoding, int Skip) ChooseEncoding(ReadOnlySpan<byte> body)
    {
        if (ByteOrderMark.Detect(body) is { } marked)
        {
            return marked;
        }

        var declared = XmlDeclaration.Encoding(body);
        if (declared is null || IsUtf8Name(declared))
        {
            return (Utf8Validity.Of(body) == Utf8Validity.Kind.InvalidWithoutMultiByte ? Windows1252() : Utf8Lenient, 0);
        }

        var named = Lenient(declared);
        if (named is null || named.CodePage is 1200 or 1201 or 12000 or 12001)
        {
            // Unknown names, and UTF-16/32 declared on a body without a byte order mark (its
            // declaration is readable as ASCII, so the body is not UTF-16 after all).
            return (Utf8Lenient, 0);
        }

        // Single-byte text almost never forms valid multi-byte UTF-8 by chance; when it does, the
        // declaration is the mistake.
        return (Utf8Validity.Of(body) == Utf8Validity.Kind.ValidWithMultiByte ? Utf8Lenient : named, 0);
    }

    private static bool IsUtf8Name(string name) =>
        name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8", StringComparison.OrdinalIgnoreCase);

    private static Encoding Windows1252() => Lenient("windows-1252") ?? Encoding.Latin1;

    private static Encoding? Lenient(string name)
    {
        try
        {
            return Encoding.GetEncoding(name, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>What the UTF-8 validity of a body says about its real encoding.</summary>
    private static class Utf8Validity
    {
        public enum Kind
        {
            /// <summary>Valid, and holds non-ASCII characters: certainly UTF-8.</summary>
            ValidWithMultiByte,

            /// <summary>Valid and all ASCII: any ASCII-compatible encoding reads it the same.</summary>
            Ascii,

            /// <summary>Has valid multi-byte sequences and some invalid bytes: UTF-8 with damage.</summary>
            InvalidWithMultiByte,

            /// <summary>Invalid bytes and not one multi-byte sequence: a single-byte encoding.</summary>
            InvalidWithoutMultiByte,
        }

        public static Kind Of(ReadOnlySpan<byte> body)
        {
            var multiByte = false;
            var invalid = false;
            while (!body.IsEmpty)
            {
                var status = System.Text.Rune.DecodeFromUtf8(body, out _, out var consumed);
                if (status == OperationStatus.Done)
                {
                    multiByte |= consumed > 1;
                }
                else
                {
                    invalid = true;
                }

                body = body[consumed..];
            }

            return (invalid, multiByte) switch
            {
                (false, true) => Kind.ValidWithMultiByte,
                (false, false) => Kind.Ascii,
                (true, true) => Kind.InvalidWithMultiByte,
                _ => Kind.InvalidWithoutMultiByte,
            };
        }
    }
}
