using NewsBot.Core.Analysis;

namespace NewsBot.Benchmarks.Soak;

/// <summary>The pipeline's analyzer, with the CPU time of each analysis counted.</summary>
internal sealed class TimedAnalyzer(IArticleAnalyzer inner, BotStats stats) : IArticleAnalyzer
{
    public ArticleAnalysis Analyze(string title, string text)
    {
        var start = ThreadCpuClock.Now;
        var analysis = inner.Analyze(title, text);
        stats.Analyzed(ThreadCpuClock.Now - start);
        return analysis;
    }
}
