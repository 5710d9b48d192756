using Microsoft.Extensions.Options;
using NewsBot.Core.Analysis;
using NewsBot.Core.Pipeline;
using NewsBot.Testing.Logging;

namespace NewsBot.Core.Tests.Analysis;

public sealed class LengthBoundedAnalyzerTests : IDisposable
{
    private const string Paragraph = "Les pluies ont frappé Valence mardi, a indiqué la préfecture dans un communiqué publié le soir même.";

    private readonly RecordingLoggerProvider _logs = new();

    public void Dispose() => _logs.Dispose();

    private LengthBoundedAnalyzer Analyzer(int max) => new(
        new ArticleAnalyzer(), Options.Create(new IngestionOptions { MaxAnalyzedCharacters = max }), _logs.CreateLogger<LengthBoundedAnalyzer>());

    private static string Paragraphs(int count) => string.Join("\n\n", Enumerable.Repeat(Paragraph, count));

    [Fact]
    public void Analyze_TextLongerThanTheLimit_AnalysesItsHeadAndLogsTheCut()
    {
        var text = Paragraphs(3_000);

        var analysis = Analyzer(10_000).Analyze("Inondations à Valence", text);

        Assert.Equal("fr", analysis.Language);
        Assert.InRange(string.Concat(analysis.Sentences).Length, 1, 10_000);
        var entry = Assert.Single(_logs.Entries);
        Assert.Contains($"of {text.Length} characters", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_TextWithinTheLimit_AnalysedWholeWithoutALogLine()
    {
        var text = Paragraphs(5);

        var analysis = Analyzer(10_000).Analyze("Inondations à Valence", text);

        Assert.Equal(new ArticleAnalyzer().Analyze("Inondations à Valence", text).Summary, analysis.Summary);
        Assert.Empty(_logs.Entries);
    }

    [Fact]
    public void Head_CutsAtTheLastParagraphBreakWithinTheLimit()
    {
        var text = Paragraphs(10);

        var head = LengthBoundedAnalyzer.Head(text, 250);

        Assert.Equal(Paragraphs(2), head);
    }

    [Fact]
    public void Head_OneLongParagraph_CutsAtAWordBreak()
    {
        var text = string.Join(' ', Enumerable.Repeat("mot", 1_000));

        var head = LengthBoundedAnalyzer.Head(text, 1_001);

        Assert.True(head.Length <= 1_001);
        Assert.EndsWith("mot", head, StringComparison.Ordinal);
    }
}
