using System.Text;
using NewsBot.Cli;

namespace NewsBot.Tests.Cli;

public sealed class FileContentSnifferTests
{
    private const string French = "Le gouvernement a annoncé mercredi une hausse de 4,5 % du budget de l'éducation, « une première depuis dix ans », selon le ministre. Les syndicats jugent l'effort insuffisant et réclament davantage de postes.";

    [Fact]
    public void Classify_NoBytes_IsEmpty() => Assert.Equal(FileContentKind.Empty, FileContentSniffer.Classify([]));

    [Fact]
    public void Classify_Utf8Text_IsText() => Assert.Equal(FileContentKind.Text, FileContentSniffer.Classify(Encoding.UTF8.GetBytes(French)));

    [Fact]
    public void Classify_Utf16TextWithByteOrderMark_IsTextDespiteItsZeroBytes() =>
        Assert.Equal(FileContentKind.Text, FileContentSniffer.Classify([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(French)]));

    [Fact]
    public void Classify_FrenchInLatin1_IsTextThoughNotUtf8() =>
        Assert.Equal(FileContentKind.Text, FileContentSniffer.Classify(Encoding.Latin1.GetBytes(French)));

    [Fact]
    public void Classify_OneNulByteInText_IsNotText() =>
        Assert.Equal(FileContentKind.NotText, FileContentSniffer.Classify([.. Encoding.UTF8.GetBytes(French), 0, .. Encoding.UTF8.GetBytes(French)]));

    [Fact]
    public void Classify_ControlCharactersAmongLetters_IsNotText()
    {
        var text = string.Concat(Enumerable.Repeat("abcdefghij\u0001\u0002", 50));

        Assert.Equal(FileContentKind.NotText, FileContentSniffer.Classify(Encoding.UTF8.GetBytes(text)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Classify_RandomBytes_IsNotText(int seed)
    {
        var bytes = new byte[1000];
        new Random(seed).NextBytes(bytes);

        Assert.Equal(FileContentKind.NotText, FileContentSniffer.Classify(bytes));
    }

    [Fact]
    public void Classify_HighBytesWithoutControlsOrNul_IsNotText()
    {
        // Compressed data without a NUL in it: what is left to see is that it is not UTF-8.
        var bytes = Enumerable.Range(0, 1000).Select(i => (byte)(0x80 + (i * 37 % 0x7F))).ToArray();

        Assert.Equal(FileContentKind.NotText, FileContentSniffer.Classify(bytes));
    }
}
