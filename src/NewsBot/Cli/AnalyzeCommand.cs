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
        var results = articles
            .Select(a => AnalysisJson.ToJson(analyzer.Analyze(a.Item.Title, a.Item.Text), a.File, a.Item.Title, a.Item.Published?.ToString()))
            .ToList();
        if (json)
        {
            await context.Output.WriteLineAsync(AnalysisJson.Serialize(results)).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        foreach (var result in results)
        {
            await context.Output.WriteLineAsync(AnalysisReport.Render(result)).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }
}
