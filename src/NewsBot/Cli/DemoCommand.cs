using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.ConsoleChannel;
using NewsBot.Core.Commands;
using ChatCommand = NewsBot.Core.Commands.Command;
using NewsBot.Core.Delivery;
using NewsBot.Core.Feeds;
using NewsBot.Core.Pipeline;
using NewsBot.Core.Subscriptions;
using NewsBot.Hosting;

namespace NewsBot.Cli;

/// <summary>
/// <c>newsbot demo</c>: the whole pipeline once on the sample articles, with its own SQLite file and a
/// console channel. The database is kept, so a second run shows that nothing is posted twice.
/// </summary>
internal static class DemoCommand
{
    public const string DefaultTopic = "Corée du Nord";
    public const string DemoChannel = "demo";

    public static System.CommandLine.Command Create(CliContext context)
    {
        var seeds = new Option<string>("--seeds") { Description = "Folder of articles to read.", DefaultValueFactory = _ => "seeds" };
        var database = new Option<string>("--database") { Description = "SQLite file for the demo; kept between runs.", DefaultValueFactory = _ => "data/demo.db" };
        var fresh = new Option<bool>("--fresh") { Description = "Delete the demo database first, so every alert is posted again." };
        var topic = new Option<string>("--topic") { Description = "The console channel's subscription.", DefaultValueFactory = _ => DefaultTopic };
        var verbose = new Option<bool>("--verbose") { Description = "Write the pipeline's log lines to standard error." };
        var command = new System.CommandLine.Command("demo", "Run the whole pipeline once on the sample articles in seeds/, with a local SQLite file and a console channel subscribed to a topic. No token, no network.")
        {
            seeds, database, fresh, topic, verbose,
        };
        command.SetAction((result, cancellationToken) => CliErrors.GuardAsync(context, () => RunAsync(
            context,
            new DemoRequest(result.GetValue(seeds)!, result.GetValue(database)!, result.GetValue(fresh), result.GetValue(topic)!, result.GetValue(verbose)),
            cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, DemoRequest request, CancellationToken cancellationToken)
    {
        var root = context.ContentRoot ?? ContentRoot.Locate(Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        var seedsFolder = ContentRoot.Resolve(root, request.Seeds);
        var databaseFile = ContentRoot.Resolve(root, request.Database);
        if (!Directory.Exists(seedsFolder))
        {
            await context.Error.WriteLineAsync($"newsbot: the seeds folder '{seedsFolder}' does not exist (use --seeds PATH).").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        if (request.Fresh)
        {
            // Pooled connections would keep the deleted file alive (and its data visible) in this process.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in ((string[])["", "-wal", "-shm"]).Select(suffix => databaseFile + suffix).Where(File.Exists))
            {
                File.Delete(file);
            }
        }

        var overrides = new Dictionary<string, string?> { ["Storage:ConnectionString"] = $"Data Source={databaseFile}" };
        using var host = NewsBotHost.Build(context.Host(overrides, minimumLogLevel: request.Verbose ? LogLevel.Information : LogLevel.Warning));
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        var services = host.Services;
        var output = context.Output;
        await output.WriteLineAsync($"NewsBot demo: articles from {seedsFolder}, database {databaseFile}").ConfigureAwait(false);

        var channel = new ChannelAddress(ConsoleChatTransport.PlatformName, DemoChannel);
        var commands = services.GetRequiredService<CommandService>();
        var moderator = new CommandContext { Channel = channel, UserId = "demo-moderator", CanManageChannel = true };
        await SayAsync(output, commands, $"/subscribe {request.Topic}", moderator, cancellationToken).ConfigureAwait(false);

        var feed = new FeedDefinition { Name = "seeds", Folder = seedsFolder, Interval = TimeSpan.FromMinutes(10) };
        var ingestion = await services.GetRequiredService<IngestionPipeline>().RunAsync(feed, force: true, cancellationToken).ConfigureAwait(false);
        if (ingestion.Poll.Outcome is FeedPollOutcome.Failed or FeedPollOutcome.Disabled)
        {
            await context.Error.WriteLineAsync($"newsbot: could not read {seedsFolder}: {ingestion.Poll.Error}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        await output.WriteLineAsync(ingestion.Poll.Outcome == FeedPollOutcome.NotModified
            ? "No new article: the folder has not changed since the last run."
            : $"Read {ingestion.Poll.ItemsSeen} articles: {ingestion.Poll.NewArticles.Count} new, {ingestion.Poll.Duplicates} seen before; {ingestion.AlertsQueued} deliveries queued (story alerts and updates).").ConfigureAwait(false);
        await FailedArticleLines.WriteAsync(context.Error, ingestion.Failed).ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);

        var report = await services.GetRequiredService<DeliveryDispatcher>().DispatchAllDueAsync(cancellationToken).ConfigureAwait(false);
        if (report.Sent > 0)
        {
            await output.WriteLineAsync($"Posted {report.Sent} {(report.Sent == 1 ? "message" : "messages")} to #{DemoChannel} ({report.Merged} later articles were already in their story's alert). Run the demo again: nothing is posted twice.").ConfigureAwait(false);
        }
        else if (await EverMatchedAsync(services, channel, request.Topic, cancellationToken).ConfigureAwait(false))
        {
            await output.WriteLineAsync($"No new alert: every article on the topic was already posted to #{DemoChannel}. Run with --fresh to start over.").ConfigureAwait(false);
        }
        else
        {
            await output.WriteLineAsync($"No alert: no article in the seeds folder matches {Quoted(request.Topic)}. Try another topic, e.g. --topic {Quoted(DefaultTopic)}.").ConfigureAwait(false);
        }

        await output.WriteLineAsync().ConfigureAwait(false);
        var reader = moderator with { UserId = "demo-reader", CanManageChannel = false };
        await SayAsync(output, commands, $"/figures {request.Topic}", reader, cancellationToken).ConfigureAwait(false);
        await host.StopAsync(cancellationToken).ConfigureAwait(false);
        return report.Dead > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    /// <summary>Whether the topic's subscription in the demo channel ever had an alert queued, in this run or an earlier one.</summary>
    private static async Task<bool> EverMatchedAsync(IServiceProvider services, ChannelAddress channel, string topic, CancellationToken cancellationToken)
    {
        var subscriptions = await services.GetRequiredService<ISubscriptionStore>().ListByChannelAsync(channel, cancellationToken).ConfigureAwait(false);
        var ids = subscriptions.Where(s => string.Equals(s.Query, topic.Trim(), StringComparison.OrdinalIgnoreCase)).Select(s => s.Id).ToHashSet();
        var deliveries = await services.GetRequiredService<IDeliveryStore>().ListByChannelAsync(channel, cancellationToken).ConfigureAwait(false);
        return deliveries.Any(d => ids.Count == 0 || ids.Contains(d.SubscriptionId));
    }

    private static string Quoted(string text) => $"\"{text.Trim()}\"";

    // Shows the exchange as it would look in the chat: what the user typed, then the bot's reply.
    private static async Task SayAsync(TextWriter output, CommandService commands, string typed, CommandContext context, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync($"{context.UserId}> {typed}").ConfigureAwait(false);
        var reply = await commands.HandleAsync(ChatCommand.Parse(typed), context, cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync(reply.ToPlainText()).ConfigureAwait(false);
    }

    private sealed record DemoRequest(string Seeds, string Database, bool Fresh, string Topic, bool Verbose);
}
