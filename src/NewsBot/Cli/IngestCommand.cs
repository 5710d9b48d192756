using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Configuration;
using NewsBot.Core.Feeds;
using NewsBot.Core.Pipeline;
using NewsBot.Hosting;

namespace NewsBot.Cli;

/// <summary><c>newsbot ingest PATH|URL</c>: read a feed or folder now, store what is new, queue its alerts, print it.</summary>
internal static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var source = new Argument<string>("PATH|URL") { Description = "A folder of .txt/.html/.md articles, or the http(s) address of an RSS, Atom or JSON Feed." };
        var name = new Option<string?>("--name") { Description = "Feed name to store the articles under (default: the configured feed with that address, else the folder name or host)." };
        var json = new Option<bool>("--json") { Description = "Print the new articles as JSON on standard output." };
        var command = new Command("ingest", "Fetch a feed or folder now, store the new articles and queue their alerts; prints what was new.")
        {
            source, name, json,
        };
        command.SetAction((result, cancellationToken) => CliErrors.GuardAsync(context, () => RunAsync(
            context, result.GetValue(source)!, result.GetValue(name), result.GetValue(json), cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string source, string? name, bool json, CancellationToken cancellationToken)
    {
        using var host = NewsBotHost.Build(context.Host());
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        var paths = host.Services.GetRequiredService<HostPaths>();
        var catalog = host.Services.GetRequiredService<FeedCatalog>();
        var feed = Resolve(source, name, paths, catalog);
        if (feed is null)
        {
            await context.Error.WriteLineAsync($"newsbot: '{source}' is neither a folder nor an http(s) address.").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        // The host's console lifetime takes Ctrl+C and SIGTERM for itself, so its stopping token, not only the
        // command line's, is what stops the work: between two stored batches or two analysed articles.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(
            cancellationToken, host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
        IngestionReport report;
        try
        {
            report = await host.Services.GetRequiredService<IngestionPipeline>().RunAsync(feed, force: true, stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
            await context.Error.WriteLineAsync($"newsbot: stopped before '{feed.Name}' was done; what was stored is kept, the next ingest or run takes the rest.").ConfigureAwait(false);
            return ExitCodes.Interrupted;
        }

        await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
        var poll = report.Poll;
        if (poll.Outcome is FeedPollOutcome.Failed or FeedPollOutcome.Disabled)
        {
            await context.Error.WriteLineAsync($"newsbot: could not read feed '{feed.Name}': {poll.Error}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        await FailedArticleLines.WriteAsync(context.Error, report.Failed).ConfigureAwait(false);
        if (json)
        {
            var items = poll.NewArticles.Select(a => new IngestedArticle(a.Id, a.FeedName, a.Title, a.Link?.ToString(), a.Published?.ToString())).ToList();
            await context.Output.WriteLineAsync(JsonSerializer.Serialize(items, CliJsonContext.Default.ListIngestedArticle)).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        foreach (var article in poll.NewArticles)
        {
            var when = article.Published is null ? string.Empty : $" ({article.Published})";
            await context.Output.WriteLineAsync($"+ [{article.FeedName}] {article.Title}{when}{(article.Link is null ? string.Empty : " " + article.Link)}").ConfigureAwait(false);
        }

        await context.Output.WriteLineAsync(poll.Outcome == FeedPollOutcome.NotModified
            ? $"{feed.Name}: nothing new (not modified since the last fetch)."
            : $"{feed.Name}: {poll.NewArticles.Count} new of {poll.ItemsSeen} ({poll.Duplicates} already stored); {report.AlertsQueued} alerts queued.{Backlog(poll)}").ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static string Backlog(FeedPollResult poll) => poll.Backlog == 0
        ? string.Empty
        : $" {poll.Backlog} more new items wait for the next polls (FeedFetching:MaxNewItemsPerPoll, PollBudgetSeconds).";

    internal static FeedDefinition? Resolve(string source, string? name, HostPaths paths, FeedCatalog catalog)
    {
        if (Uri.TryCreate(source, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            var configured = catalog.Feeds.FirstOrDefault(f => f.Url == uri);
            return configured is not null && name is null ? configured : new FeedDefinition { Name = name ?? uri.Host + uri.AbsolutePath.TrimEnd('/'), Url = uri, Interval = TimeSpan.FromMinutes(10) };
        }

        // A path typed on the command line is relative to where the user is; fall back to the content root.
        var folder = Path.GetFullPath(source);
        if (!Directory.Exists(folder))
        {
            folder = paths.Resolve(source);
            if (!Directory.Exists(folder))
            {
                return null;
            }
        }

        var known = catalog.Feeds.FirstOrDefault(f => f.Folder is not null && string.Equals(Path.GetFullPath(f.Folder).TrimEnd('/'), folder.TrimEnd('/'), StringComparison.Ordinal));
        return known is not null && name is null ? known : new FeedDefinition { Name = name ?? new DirectoryInfo(folder).Name, Folder = folder, Interval = TimeSpan.FromMinutes(10) };
    }
}
