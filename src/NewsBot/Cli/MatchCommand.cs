using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Articles;
using NewsBot.Core.Delivery;
using NewsBot.Core.Feeds;
using NewsBot.Core.Subscriptions;
using NewsBot.Core.Subscriptions.Matching;
using NewsBot.Core.Subscriptions.Query;
using NewsBot.Core.Text;
using NewsBot.Hosting;

namespace NewsBot.Cli;

/// <summary>
/// <c>newsbot match --topic QUERY PATH...</c>: which articles a subscription to the topic would get,
/// and with <c>--explain</c> why. Reads files and folders like a folder feed; stores nothing.
/// </summary>
internal static class MatchCommand
{
    public static Command Create(CliContext context)
    {
        var topic = new Option<string>("--topic") { Description = "The topic query, as a subscriber would type it.", Required = true };
        var paths = new Argument<string[]>("PATH") { Description = "Article files (.txt, .html, .md) or folders of them.", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print a JSON array, one object per article, on standard output." };
        var explain = new Option<bool>("--explain") { Description = "Say which terms and phrases of the topic each matching article has." };
        var command = new Command("match", "Show which articles a topic subscription matches, and why.")
        {
            topic, paths, json, explain,
        };
        command.SetAction((result, cancellationToken) => CliErrors.GuardAsync(context, () => RunAsync(
            context, new MatchRequest(result.GetValue(topic)!, result.GetValue(paths)!, result.GetValue(json), result.GetValue(explain)), cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, MatchRequest request, CancellationToken cancellationToken)
    {
        using var host = NewsBotHost.Build(context.Host(minimumLogLevel: LogLevel.Warning));
        var services = host.Services;
        var aliases = services.GetRequiredService<AliasTable>();
        if (!TopicQuery.TryParse(request.Topic, aliases, out _, out var error))
        {
            await context.Error.WriteLineAsync($"newsbot: invalid topic: {error.Message}").ConfigureAwait(false);
            await context.Error.WriteLineAsync("  " + request.Topic).ConfigureAwait(false);
            await context.Error.WriteLineAsync("  " + new string(' ', Math.Min(error.Position - 1, request.Topic.Length)) + "^").ConfigureAwait(false);
            return ExitCodes.BadConfiguration;
        }

        var articles = new List<Article>();
        foreach (var path in request.Paths)
        {
            var read = await ReadAsync(services, path, articles.Count, cancellationToken).ConfigureAwait(false);
            if (read.Error is not null)
            {
                await context.Error.WriteLineAsync($"newsbot: {read.Error}").ConfigureAwait(false);
                return ExitCodes.Failure;
            }

            articles.AddRange(read.Articles);
        }

        var index = new TopicIndex(aliases, services.GetRequiredService<ILogger<TopicIndex>>());
        index.Upsert(new Subscription { Id = 1, Channel = new ChannelAddress("cli", "match"), Query = request.Topic, CreatedAt = services.GetRequiredService<TimeProvider>().GetUtcNow() });
        var results = articles.Select(article =>
        {
            var matches = index.Explain(article);
            var match = matches.Count > 0 ? matches[0] : null;
            return new MatchedArticle(article.ExternalId ?? article.Title, article.Title, match is not null)
            {
                Hits = request.Explain && match is not null ? match.Hits.Select(h => new MatchedHit(h.Query, h.Found, h.Count)).ToList() : null,
            };
        }).ToList();

        await WriteAsync(context.Output, request, results).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static async Task WriteAsync(TextWriter output, MatchRequest request, List<MatchedArticle> results)
    {
        if (request.Json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(results, MatchJsonContext.Default.ListMatchedArticle)).ConfigureAwait(false);
            return;
        }

        foreach (var result in results)
        {
            await output.WriteLineAsync($"{(result.Matched ? "✓" : "·")} {result.File}  {result.Title}").ConfigureAwait(false);
            foreach (var hit in result.Hits ?? [])
            {
                await output.WriteLineAsync($"    {hit.Query} → {hit.Found} (×{hit.Count})").ConfigureAwait(false);
            }
        }

        await output.WriteLineAsync($"{results.Count(r => r.Matched)} of {results.Count} articles match \"{request.Topic}\".").ConfigureAwait(false);
    }

    /// <summary>A folder is read whole; a file is read through its folder (like the folder feed would) and picked by name.</summary>
    private static async Task<(IReadOnlyList<Article> Articles, string? Error)> ReadAsync(IServiceProvider services, string path, int idBase, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        var isFolder = Directory.Exists(full);
        if (!isFolder && !File.Exists(full))
        {
            return ([], $"'{path}' is neither an article file nor a folder.");
        }

        var folder = isFolder ? full : Path.GetDirectoryName(full)!;
        var feed = new FeedDefinition { Name = new DirectoryInfo(folder).Name, Folder = folder, Interval = TimeSpan.FromMinutes(10) };
        FeedReadResult read;
        try
        {
            read = await services.GetRequiredService<IFeedReader>().ReadAsync(feed, new ConditionalRequest(null, null), cancellationToken).ConfigureAwait(false);
        }
        catch (FeedReadException ex)
        {
            return ([], ex.Message);
        }

        var items = isFolder ? read.Items : read.Items.Where(i => i.ExternalId == Path.GetFileName(full)).ToList();
        if (!isFolder && items.Count == 0)
        {
            return ([], $"'{path}' has no article text (or is not a .txt, .html or .md file).");
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        return (items.Select((item, i) => new Article
        {
            Id = idBase + i + 1,
            FeedName = feed.Name,
            ExternalId = item.ExternalId,
            Link = item.Link,
            Title = item.Title,
            Text = item.Text,
            Published = item.Published,
            ContentHash = ContentFingerprint.Compute(item.Title, item.Text),
            FetchedAt = now,
        }).ToList(), null);
    }

    private sealed record MatchRequest(string Topic, string[] Paths, bool Json, bool Explain);
}
