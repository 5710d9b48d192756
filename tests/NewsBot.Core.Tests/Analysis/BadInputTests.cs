using System.Diagnostics;
using System.Text;
using NewsBot.Core.Analysis;

namespace NewsBot.Core.Tests.Analysis;

/// <summary>Hostile inputs still give a result; the time limits are a safety net, not a measure.</summary>
public sealed class BadInputTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    public static TheoryData<string, string> Inputs()
    {
        var random = new Random(42);
        var garbage = new char[200_000];
        for (var i = 0; i < garbage.Length; i++)
        {
            garbage[i] = (char)random.Next(0, 0xFFFF);
        }

        var prose = "Selon la préfecture, 3 000 habitants ont été évacués vers les gymnases de la ville. ";
        var huge = new StringBuilder(10 * 1024 * 1024);
        while (huge.Length < 10 * 1024 * 1024)
        {
            huge.Append(prose);
        }

        return new TheoryData<string, string>
        {
            { "empty", string.Empty },
            { "whitespace", "   \n\n\t  " },
            { "10 MB", huge.ToString() },
            { "no sentence ends", string.Concat(Enumerable.Repeat("les habitants ont quitté la ville 3 000 fois sans fin ", 20_000)) },
            { "binary garbage", new string(garbage) },
            { "mixed scripts", string.Concat(Enumerable.Repeat("Москва заявила 1 000 солдат. 北京 宣布 2 000 名士兵. Selon Reuters, 3 000 soldats. ", 500)) },
            { "one endless number", new string('9', 100_000) },
            { "only punctuation", new string('.', 100_000) },
        };
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Analyze_BadInput_GivesResultQuickly(string name, string text)
    {
        var watch = Stopwatch.StartNew();

        var result = Analyzer.Analyze(string.Empty, text);

        Assert.NotNull(result.Summary);
        Assert.True(result.Summary.Length <= 600, name);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"{name} took {watch.Elapsed}");
    }

    [Fact]
    public void Analyze_ConcurrentCalls_GiveSameResults()
    {
        var text = File.ReadAllText(RepositoryFiles.Seeds()[1]);
        var expected = Analyzer.Analyze(string.Empty, text).Figures.Count;

        var counts = new int[16];
        Parallel.For(0, counts.Length, i => counts[i] = Analyzer.Analyze(string.Empty, text).Figures.Count);

        Assert.All(counts, c => Assert.Equal(expected, c));
    }
}
