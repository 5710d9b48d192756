namespace NewsBot.Core.Commands.Help;

/// <summary><c>help</c> lists the commands; <c>help &lt;command&gt;</c> explains one.</summary>
internal sealed class HelpHandler(IReadOnlyList<CommandDescription> commands) : ICommandHandler
{
    public CommandDescription Description { get; } = Describe();

    public static CommandDescription Describe() => new()
    {
        Name = "help",
        Usage = "help [command]",
        Summary = "What the bot can do, or how to use one command.",
        Aliases = ["start"],
        Parameters = [new CommandParameter { Name = "command", Description = "The command to explain." }],
    };

    public Task<Reply> HandleAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        if (arguments.Words.Count == 0)
        {
            return Task.FromResult(All());
        }

        var name = arguments.Words[0].Value.TrimStart('/');
        var command = commands.FirstOrDefault(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase)
            || c.Aliases.Contains(name, StringComparer.OrdinalIgnoreCase));
        return Task.FromResult(command is null
            ? Reply.Error($"There is no command {ReplyFormat.Quoted(name)}", "Commands: " + string.Join(", ", commands.Select(c => c.Name)) + ".")
            : One(command));
    }

    private Reply All() => new()
    {
        Title = "NewsBot commands",
        Lines = ["Alerts on the topics this channel subscribes to, and answers about the latest stories."],
        Sections =
        [
            new ReplySection
            {
                Items = commands.Select(c => new ReplyItem
                {
                    Text = c.Usage,
                    Details = c.ManagesChannel ? [c.Summary, "Channel managers only."] : [c.Summary],
                }).ToList(),
            },
        ],
        Ephemeral = true,
    };

    private static Reply One(CommandDescription command) => new()
    {
        Title = command.Usage,
        Lines = [command.Summary, .. command.Details, .. command.ManagesChannel ? (string[])["Channel managers only."] : []],
        Ephemeral = true,
    };
}
