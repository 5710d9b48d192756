using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Articles;
using NewsBot.Core.Delivery;
using NewsBot.Hosting;

namespace NewsBot.Cli;

/// <summary>
/// <c>newsbot failed</c>: what the bot left aside in the configured database, articles whose analysis,
/// story or planning kept failing and dead-lettered deliveries, each with its reason; with <c>--retry</c>,
/// queues them again (after the upgrade that fixes what failed).
/// </summary>
internal static class FailedCommand
{
    public const string ArticlePrefix = "article:";
    public const string DeliveryPrefix = "delivery:";
    private const int MaxListed = 1_000;

    public static Command Create(CliContext context)
    {
        var ids = new Argument<string[]>("ID") { Description = "With --retry: the items to retry, as listed (article:12, delivery:34).", Arity = ArgumentArity.ZeroOrMore };
        var retry = new Option<bool>("--retry") { Description = "Queue the given items (or --all) again: articles are tried on the next poll of any feed, deliveries on the next delivery pass." };
        var all = new Option<bool>("--all") { Description = "With --retry: every failed article and dead delivery." };
        var json = new Option<bool>("--json") { Description = "Print JSON on standard output." };
        var command = new Command("failed", "List the articles and deliveries the bot left aside after failures, with why; --retry queues them again.")
        {
            ids, retry, all, json,
        };
        command.SetAction((result, cancellationToken) => CliErrors.GuardAsync(context, () => RunAsync(
            context, new FailedRequest(result.GetValue(ids) ?? [], result.GetValue(retry), result.GetValue(all), result.GetValue(json)), cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, FailedRequest request, CancellationToken cancellationToken)
    {
        if (Validate(request) is { } usage)
        {
            await context.Error.WriteLineAsync($"newsbot failed: {usage}").ConfigureAwait(false);
            return ExitCodes.BadConfiguration;
        }

        using var host = NewsBotHost.Build(context.Host(minimumLogLevel: LogLevel.Warning));
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        var services = host.Services;
        var code = request.Retry
            ? await RetryAsync(context, services, request, cancellationToken).ConfigureAwait(false)
            : await ListAsync(context, services, request.Json, cancellationToken).ConfigureAwait(false);
        await host.StopAsync(cancellationToken).ConfigureAwait(false);
        return code;
    }

    private static string? Validate(FailedRequest request)
    {
        if (!request.Retry)
        {
            return request.All || request.Ids.Count > 0 ? "--all and IDs go with --retry." : null;
        }

        if (request.All == request.Ids.Count > 0)
        {
            return "--retry takes either --all or the IDs to retry (article:12, delivery:34), as `newsbot failed` lists them.";
        }

        var bad = request.Ids.FirstOrDefault(id => Parse(id) is null);
        return bad is null ? null : $"'{bad}' is not an ID as `newsbot failed` lists them (article:12, delivery:34).";
    }

    private static async Task<int> ListAsync(CliContext context, IServiceProvider services, bool json, CancellationToken cancellationToken)
    {
        var articles = (await services.GetRequiredService<IArticleStore>().ListFailuresAsync(MaxListed, cancellationToken).ConfigureAwait(false))
            .Select(FailedArticle.From).ToList();
        var deliveries = (await services.GetRequiredService<IDeadDeliveryStore>().ListDeadAsync(MaxListed, cancellationToken).ConfigureAwait(false))
            .Select(DeadDelivery.From).ToList();
        var output = context.Output;
        if (json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(new FailedItems(articles, deliveries), FailedJsonContext.Default.FailedItems)).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        if (articles.Count == 0 && deliveries.Count == 0)
        {
            await output.WriteLineAsync("Nothing failed: no article is waiting for a retry or left aside, and no delivery is dead.").ConfigureAwait(false);
            return ExitCodes.Success;
        }

        await output.WriteLineAsync($"Articles whose analysis, story or planning failed ({articles.Count}):").ConfigureAwait(false);
        foreach (var a in articles)
        {
            var next = a.RetryAt is { } at ? $"next try {Time(at)}" : "left aside";
            await output.WriteLineAsync($"  {a.Id}  [{a.Feed}] {a.Title}").ConfigureAwait(false);
            await output.WriteLineAsync($"      {a.Tries} {(a.Tries == 1 ? "try" : "tries")}, last {Time(a.LastTry)}, {next}: {a.Reason}").ConfigureAwait(false);
        }

        await output.WriteLineAsync($"Dead deliveries ({deliveries.Count}):").ConfigureAwait(false);
        foreach (var d in deliveries)
        {
            await output.WriteLineAsync($"  {d.Id}  {d.Kind} of article {d.ArticleId} to {d.Channel}: {d.Reason}").ConfigureAwait(false);
        }

        await output.WriteLineAsync("Retry after fixing the cause: newsbot failed --retry --all, or newsbot failed --retry ID...").ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static async Task<int> RetryAsync(CliContext context, IServiceProvider services, FailedRequest request, CancellationToken cancellationToken)
    {
        var parsed = request.Ids.Select(id => Parse(id)!.Value).ToList();
        var articleIds = request.All ? null : parsed.Where(p => p.IsArticle).Select(p => p.Id).ToList();
        var deliveryIds = request.All ? null : parsed.Where(p => !p.IsArticle).Select(p => p.Id).ToList();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var articles = await services.GetRequiredService<IArticleStore>().ClearFailuresAsync(articleIds, cancellationToken).ConfigureAwait(false);
        var deliveries = await services.GetRequiredService<IDeadDeliveryStore>().RequeueDeadAsync(deliveryIds, now, cancellationToken).ConfigureAwait(false);
        if (request.Json)
        {
            await context.Output.WriteLineAsync(JsonSerializer.Serialize(new RetriedItems(articles, deliveries), FailedJsonContext.Default.RetriedItems)).ConfigureAwait(false);
        }
        else
        {
            await context.Output.WriteLineAsync(
                $"Queued again: {articles} {(articles == 1 ? "article" : "articles")} (tried on the next poll of any feed), " +
                $"{deliveries} {(deliveries == 1 ? "delivery" : "deliveries")} (sent on the next delivery pass).").ConfigureAwait(false);
        }

        // An ID that matched nothing (already retried, planned or sent since) is worth a word, not a failure.
        var asked = request.All ? 0 : parsed.Count;
        if (asked > articles + deliveries)
        {
            await context.Error.WriteLineAsync($"newsbot failed: {asked - articles - deliveries} of the IDs given were not failed any more.").ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    private static (bool IsArticle, long Id)? Parse(string id)
    {
        foreach (var (prefix, isArticle) in new[] { (ArticlePrefix, true), (DeliveryPrefix, false) })
        {
            if (id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && long.TryParse(id.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return (isArticle, value);
            }
        }

        return null;
    }

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private sealed record FailedRequest(IReadOnlyList<string> Ids, bool Retry, bool All, bool Json);
}
