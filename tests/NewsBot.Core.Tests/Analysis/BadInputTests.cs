using System.Text;
using NewsBot.Core.Analysis;

namespace NewsBot.Core.Tests.Analysis;

/// <summary>Hostile inputs still give a bounded result (the analyzer is a total function of its text).</summary>
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
            { "one line", "3 000 habitants évacués" },
            { "1 MB on one line", string.Concat(Enumerable.Repeat("Some 3,000 people fled and 12 homes burned, officials said ", 18_000)) },
            { "lone surrogates", "Plus de \uD800 3 000 \uDC00 personnes\uD83D ont fui.\n\n\uDFFF" },
            { "right to left", "\u200Fשלום 3 000 עולם. مرحبا 12 بالعالم.\n\u202EMore than 400 people fled." },
            { "emoji", "🔥 Plus de 3 000 personnes 👩‍👩‍👧 évacuées 🇫🇷.\n\n😀😀😀" },
            { "only numbers", "1 2 3\n4,5 6.7 8 9 10\n\n1 000 000 12 % 3" },
            { "metadata-only paragraphs", "Published Sept. 9, 2023\n\nUpdated Sept. 10, 2023\n\nMis à jour le 3 mars 2024\n\nPublié le 12.03.2024" },
        };
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Analyze_BadInput_GivesBoundedResult(string name, string text)
    {
        var result = Analyzer.Analyze(text.Length > 100 ? text[..100] : text, text);

        Assert.NotNull(result.Summary);
        Assert.True(result.Summary.Length <= 600, name);
        Assert.All(result.Figures, f => Assert.True(double.IsFinite(f.Value), name));
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
