using Microsoft.Extensions.Options;
using NewsBot.Core.Subscriptions.Matching;

namespace NewsBot.Core.Commands.Figures;

/// <summary><c>figures &lt;query&gt;</c>: the latest key figures on a topic across stories, conflicting ones side by side.</summary>
internal sealed class FiguresHandler(StorySearch search, AliasTable aliases, IOptions<CommandOptions> options) : ICommandHandler
{
    public CommandDescription Description { get; } = new()
    {
        Name = "figures",
        Usage = "figures <query>",
        Summary = "The latest key figures on a topic: value, what, source, date; disagreeing sources side by side.",
        Details = ["The query is written as for subscribe, e.g. figures corée du nord soldats."],
        Parameters = [new CommandParameter { Name = "query", Description = "The topic, e.g. corée du nord", Required = true }],
        IsQuery = true,
    };

    public async Task<Reply> HandleAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        if (!TopicArgument.TryParse(arguments.Text, "figures", aliases, options.Value, out var query, out var invalid))
        {
            return invalid;
        }

        var stories = await search.FindAsync(query, cancellationToken).ConfigureAwait(false);
        var lines = FigureBoard.Lay(stories, options.Value.MaxFigures);
        if (lines.Count == 0)
        {
            return Reply.Text(
                $"No figures on {ReplyFormat.Quoted(query.Text)} yet",
                stories.Count == 0
                    ? $"No story of the last {search.LookbackDays} days matches it."
                    : $"{stories.Count} matching {(stories.Count == 1 ? "story has" : "stories have")} no key figures.");
        }

        return new Reply
        {
            Title = $"Key figures on {ReplyFormat.Quoted(query.Text)}",
            Sections = [new ReplySection { Items = lines.Select(l => l.Item).ToList() }],
        };
    }
}
