using Microsoft.Extensions.Options;
using NewsBot.Core.Subscriptions.Matching;

namespace NewsBot.Core.Commands.Latest;

/// <summary><c>latest &lt;query&gt;</c>: the latest stories on a topic, newest first, with their summaries.</summary>
internal sealed class LatestHandler(StorySearch search, AliasTable aliases, IOptions<CommandOptions> options) : ICommandHandler
{
    public CommandDescription Description { get; } = new()
    {
        Name = "latest",
        Usage = "latest <query>",
        Summary = "The latest stories on a topic, newest first, with their summaries.",
        Details = ["The query is written as for subscribe, e.g. latest ukraine -football."],
        Parameters = [new CommandParameter { Name = "query", Description = "The topic, e.g. corée du nord", Required = true }],
        IsQuery = true,
    };

    public async Task<Reply> HandleAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        if (!TopicArgument.TryParse(arguments.Text, "latest", aliases, options.Value, out var query, out var invalid))
        {
            return invalid;
        }

        var found = await search.FindAsync(query, cancellationToken).ConfigureAwait(false);
        if (found.Count == 0)
        {
            return Reply.Text($"Nothing on {ReplyFormat.Quoted(query.Text)} yet", $"No story of the last {search.LookbackDays} days matches it.");
        }

        var shown = found.Take(options.Value.LatestStories).ToList();
        return new Reply
        {
            Title = $"Latest on {ReplyFormat.Quoted(query.Text)}",
            Lines = found.Count > shown.Count ? [$"The {shown.Count} newest of {found.Count} stories."] : [],
            Sections = [new ReplySection { Items = shown.Select(Item).ToList() }],
        };
    }

    private static ReplyItem Item(StoryView story)
    {
        var about = ReplyFormat.Date(story.UpdatedAt) + " · " + (story.ArticleCount == 1 ? "1 article" : $"{story.ArticleCount} articles");
        if (story.FeedNames.Count > 0)
        {
            about += " · " + string.Join(", ", story.FeedNames);
        }

        return new ReplyItem
        {
            Text = story.Title,
            Link = story.Link,
            Details = story.Summary.Length == 0 ? [about] : [story.Summary, about],
        };
    }
}
