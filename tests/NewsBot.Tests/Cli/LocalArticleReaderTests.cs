using System.Text;
using NewsBot.Testing;

namespace NewsBot.Tests.Cli;

public sealed class LocalArticleReaderTests : IDisposable
{
    private const string Article = "Storm closes ports\n\nThe storm closed 12 ports on Tuesday, the coast guard said. Ferries stayed in harbour and 3,000 passengers waited for news.\n";

    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    private Task<CliResult> AnalyzeAsync(params string[] args) => new CliRunner(_root.Path).RunAsync(["analyze", .. args]);

    [Fact]
    public async Task Analyze_EmptyTextFile_SaysEmpty()
    {
        await File.WriteAllTextAsync(_root.File("blank.txt"), string.Empty);

        var result = await AnalyzeAsync(_root.File("blank.txt"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"newsbot: '{_root.File("blank.txt")}' is empty.", result.Error.Trim());
    }

    [Fact]
    public async Task Analyze_WhiteSpaceAndByteOrderMarkOnly_SaysEmpty()
    {
        await File.WriteAllTextAsync(_root.File("blank.md"), " \n\t\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var result = await AnalyzeAsync(_root.File("blank.md"));

        Assert.Equal(1, result.ExitCode);
        Assert.EndsWith("is empty.", result.Error.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_BinaryFileRenamedTxt_SaysNotTextAndPrintsNothingOfIt()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        await File.WriteAllBytesAsync(_root.File("photo.txt"), bytes);

        var result = await AnalyzeAsync(_root.File("photo.txt"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is not text", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
        Assert.DoesNotContain(result.Error, c => char.IsControl(c) && c != '\n' && c != '\r');
    }

    [Fact]
    public async Task Analyze_UnknownExtension_NamesItAndTheFilesItReads()
    {
        await File.WriteAllTextAsync(_root.File("notes.pdf"), Article);

        var result = await AnalyzeAsync(_root.File("notes.pdf"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("has the extension .pdf; article files are .txt, .html, .htm or .md.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_FolderWithABinaryFileAmongArticles_ReadsOnlyTheArticles()
    {
        Directory.CreateDirectory(_root.File("news"));
        await File.WriteAllTextAsync(_root.File("news/001_storm.txt"), Article);
        var bytes = new byte[2048];
        new Random(11).NextBytes(bytes);
        await File.WriteAllBytesAsync(_root.File("news/002_image.txt"), bytes);

        var result = await AnalyzeAsync(_root.File("news"), "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("001_storm.txt", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("002_image.txt", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_TextFile_StillReadsIt()
    {
        await File.WriteAllTextAsync(_root.File("storm.txt"), Article);

        var result = await AnalyzeAsync(_root.File("storm.txt"), "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"language\": \"en\"", result.Output, StringComparison.Ordinal);
    }
}
