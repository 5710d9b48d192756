using System.CommandLine;
using NewsBot.Core.Analysis;

namespace NewsBot.Cli;

/// <summary><c>newsbot analyze PATH... [--json]</c>: what the bot understands of each article.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Article files (.txt, .html, .md) or folders of them.", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print a JSON array, one object per article (the architecture's analyze contract)." };
        var command = new Command("analyze", "Show what the bot understands of each article: language, summary, key figures with qualifier and source, cited sources.")
        {
            paths, json,
        };
        command.SetAction((result, cancellationToken) => CliErrors.GuardAsync(context, () => RunAsync(
            context, result.GetValue(paths)!, result.GetValue(json), cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string[] paths, bool json, CancellationToken cancellationToken)
    {
        var articles = await LocalArticleReader.ReadAsync(paths, cancellationToken).ConfigureAwait(false);
        var analyzer = new ArticleAnalyzer();
        var (results, failed) = await AnalyzeEachAsync(
            articles,
            a => AnalysisJson.ToJson(analyzer.Analyze(a.Item.Title, a.Item.Text), a.File, a.Item.Title, a.Item.Published?.ToString()),
            context.Error).ConfigureAwait(false);
        if (json)
        {
            await context.Output.WriteLineAsync(AnalysisJson.Serialize(results)).ConfigureAwait(false);
        }
        else
        {
            foreach (var result in results)
            {
                await context.Output.WriteLineAsync(AnalysisReport.Render(result)).ConfigureAwait(false);
            }
        }

        return failed == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    /// <summary>
    /// Analyzes each article on its own: one that fails is named on <paramref name="error"/> and left out,
    /// the others are still reported (the architecture's analyze contract).
    /// </summary>
    internal static async Task<(List<AnalyzedArticleJson> Results, int Failed)> AnalyzeEachAsync(
        IReadOnlyList<LocalArticle> articles, Func<LocalArticle, AnalyzedArticleJson> analyze, TextWriter error)
    {
        var results = new List<AnalyzedArticleJson>(articles.Count);
        var failed = 0;
        foreach (var article in articles)
        {
            try
            {
                results.Add(analyze(article));
            }
#pragma warning disable CA1031 // The item's boundary: whatever one article does, the others are still analyzed.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failed++;
                await error.WriteLineAsync($"newsbot: could not analyze '{article.File}': {ex.GetType().Name}: {ex.Message}").ConfigureAwait(false);
            }
        }

        return (results, failed);
    }
}
