using System.CommandLine;

namespace NewsBot.Cli;

/// <summary>The <c>newsbot</c> command and its verbs.</summary>
internal static class NewsBotCommandLine
{
    public static RootCommand Create(CliContext context)
    {
        var root = new RootCommand("NewsBot: news alerts with key figures and sources, for Discord and Telegram.");
        root.Subcommands.Add(DemoCommand.Create(context));
        root.Subcommands.Add(RunCommand.Create(context));
        root.Subcommands.Add(IngestCommand.Create(context));
        root.Subcommands.Add(MatchCommand.Create(context));
        root.Subcommands.Add(AnalyzeCommand.Create(context));
        root.Subcommands.Add(FailedCommand.Create(context));
        root.Subcommands.Add(StoriesCommand.Create(context));
        return root;
    }

    public static Task<int> InvokeAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var configuration = new InvocationConfiguration { Output = context.Output, Error = context.Error };
        return Create(context).Parse(args).InvokeAsync(configuration, cancellationToken);
    }
}
