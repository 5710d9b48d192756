using NewsBot.Core.Analysis;
using Xunit.Abstractions;

namespace NewsBot.Core.Tests.Analysis;

public sealed class SeedDumpTests(ITestOutputHelper output)
{
    [Fact]
    public void Analyze_Seeds_PrintsWhatItFinds()
    {
        var analyzer = new ArticleAnalyzer();
        foreach (var path in RepositoryFiles.Seeds())
        {
            var result = analyzer.Analyze(string.Empty, File.ReadAllText(path));
            output.WriteLine($"== {Path.GetFileName(path)} {result.Language} {result.LanguageConfidence}");
            output.WriteLine("SUMMARY: " + result.Summary);
            foreach (var f in result.Figures)
            {
                output.WriteLine($"  FIG {f.Value} [{f.Qualifier}] what='{f.What}' unit={f.Unit} src='{f.Source}' text='{f.Text}'");
            }

            foreach (var s in result.Sources)
            {
                output.WriteLine($"  SRC {s.Name} ({s.Kind})");
            }

            Assert.NotNull(result.Summary);
        }
    }
}
