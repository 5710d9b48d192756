using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Analysis;
using NewsBot.Core.Stories;
using NewsBot.Core.Subscriptions.Matching;
using NewsBot.Hosting;

namespace NewsBot.Cli;

/// <summary>
/// <c>newsbot stories FILE.jsonl... [--json]</c>: the story each article would join, streaming the
/// articles in the order given through analysis and the same story grouping (and alias table) the bot
/// uses. Stores nothing.
/// </summary>
internal static class StoriesCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("FILE") { Description = "Files of articles, one JSON object a line: id, title, text, date, optional lang and source.", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print a JSON array of {\"id\", \"story\"}, one per article, on standard output." };
        var command = new Command("stories", "Group articles into stories as the bot does, and print each article's story.")
        {
            files, json,
        };
        command.SetAction((result, cancellationToken) => CliErrors.GuardAsync(context, () => RunAsync(
            context, result.GetValue(files)!, result.GetValue(json), cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string[] files, bool json, CancellationToken cancellationToken)
    {
        var missing = files.FirstOrDefault(f => !File.Exists(f));
        if (missing is not null)
        {
            await context.Error.WriteLineAsync($"newsbot: '{missing}' does not exist.").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        using var host = NewsBotHost.Build(context.Host(minimumLogLevel: LogLevel.Warning));
        var analyzer = host.Services.GetRequiredService<ArticleAnalyzer>();
        var clusterer = new StoryClusterer(host.Services.GetRequiredService<AliasTable>());
        var placed = new List<PlacedArticle>();
        var skipped = 0;
        foreach (var file in files)
        {
            await foreach (var line in StoryLineReader.ReadAsync(file, cancellationToken).ConfigureAwait(false))
            {
                if (line.Article is not { } article)
                {
                    skipped++;
                    await context.Error.WriteLineAsync($"newsbot: {file}:{line.Number}: {line.Error}; skipped.").ConfigureAwait(false);
                    continue;
                }

                var story = clusterer.Add(article, analyzer.Analyze(article.Title, article.Text));
                placed.Add(new PlacedArticle(article.ExternalId!, story.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        if (json)
        {
            await context.Output.WriteLineAsync(JsonSerializer.Serialize(placed, StoriesJsonContext.Default.ListPlacedArticle)).ConfigureAwait(false);
        }
        else
        {
            foreach (var article in placed)
            {
                await context.Output.WriteLineAsync($"{article.Id}\t{article.Story}").ConfigureAwait(false);
            }

            await context.Output.WriteLineAsync($"{placed.Select(p => p.Story).Distinct(StringComparer.Ordinal).Count()} stories.").ConfigureAwait(false);
        }

        return skipped == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }
}
