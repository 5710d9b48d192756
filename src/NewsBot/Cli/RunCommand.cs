using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Configuration;
using NewsBot.Core.Delivery;
using NewsBot.Hosting;
using NewsBot.Hosting.Memory;

namespace NewsBot.Cli;

/// <summary><c>newsbot run</c>: the bot itself, until Ctrl+C.</summary>
internal static class RunCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("run", "Run the bot: poll the configured feeds on schedule and post alerts to the chat platforms that have a token (Ctrl+C stops).");
        command.SetAction((_, cancellationToken) => CliErrors.GuardAsync(context, () => RunAsync(context, cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, CancellationToken cancellationToken)
    {
        using var host = NewsBotHost.Build(context.Host(scheduler: true));
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("NewsBot");
        var platforms = host.Services.GetServices<IChatTransport>().Select(t => t.Platform).ToList();
        Log.MallocArenas(logger, MallocArenas.Outcome.ToString(), MallocArenas.Limit);
        var budget = Gen0Budget.Current();
        if (Gen0Budget.WorthSaying(budget, Environment.GetEnvironmentVariable(Gen0Budget.Variable)))
        {
            Log.Gen0BudgetLarge(logger, budget / (1024 * 1024), (budget - Gen0Budget.Recommended) / (1024 * 1024), Gen0Budget.Variable, Gen0Budget.RecommendedValue);
        }

        Log.Running(logger, host.Services.GetRequiredService<FeedCatalog>().Feeds.Count, string.Join(", ", platforms));
        if (platforms.All(p => p == ConsoleChannel.ConsoleChatTransport.PlatformName))
        {
            Log.NoPlatform(logger);
        }

        await host.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
