using System.Text;

namespace NewsBot.Cli;

/// <summary>
/// Tells text from binary by the file's first bytes, decoded the way the folder feed reads them (UTF-8 unless a
/// byte order mark says UTF-16 or UTF-32). A text file has no NUL and next to no control characters; a text in
/// a legacy 8-bit encoding (Latin-1 French) has a few percent of bytes that are not UTF-8, a binary file many.
/// </summary>
internal static class FileContentSniffer
{
    /// <summary>Enough to judge: a binary file shows itself in its first kilobytes, and any article fits.</summary>
    public const int SampleBytes = 64 * 1024;

    /// <summary>Control characters other than tab, line feed, carriage return and form feed, per character read.</summary>
    public const double MaxControlShare = 0.01;

    /// <summary>Byte sequences that are not UTF-8, per character read; Latin-1 French stays near 0.04.</summary>
    public const double MaxInvalidShare = 0.10;

    public static async Task<FileContentKind> ClassifyAsync(string path, CancellationToken cancellationToken)
    {
        var buffer = new byte[SampleBytes];
        int length;
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            length = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        }

        return Classify(buffer.AsSpan(0, length));
    }

    public static FileContentKind Classify(ReadOnlySpan<byte> bytes)
    {
        var (encoding, bom) = EncodingOf(bytes);
        var text = encoding.GetString(bytes[bom..]);
        var characters = 0;
        var controls = 0;
        var invalid = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                return FileContentKind.NotText;
            }

            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            characters++;
            if (c == '\uFFFD')
            {
                invalid++;
            }
            else if (char.IsControl(c))
            {
                controls++;
            }
        }

        if (characters == 0)
        {
            return FileContentKind.Empty;
        }

        return controls > characters * MaxControlShare || invalid > characters * MaxInvalidShare
            ? FileContentKind.NotText
            : FileContentKind.Text;
    }

    // The byte order marks File.ReadAllText honours; the decoders replace what they cannot read with U+FFFD.
    private static (Encoding Encoding, int Bom) EncodingOf(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
        [0xFF, 0xFE, 0x00, 0x00, ..] => (Encoding.UTF32, 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        _ => (Encoding.UTF8, 0),
    };
}
