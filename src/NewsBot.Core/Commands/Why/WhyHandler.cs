using System.Globalization;
using NewsBot.Core.Subscriptions;
using NewsBot.Core.Subscriptions.Matching;

namespace NewsBot.Core.Commands.Why;

/// <summary>
/// <c>why &lt;article-url|id&gt;</c>: which of this channel's subscriptions an article matched, or not, and why.
/// The link is only looked up among the articles already stored, never fetched: a link to a private address
/// can make the bot request nothing.
/// </summary>
internal sealed class WhyHandler(IStoryQueries stories, ISubscriptionStore subscriptions, AliasTable aliases) : ICommandHandler
{
    public CommandDescription Description { get; } = new()
    {
        Name = "why",
        Usage = "why <article-link|id>",
        Summary = "Which of this channel's subscriptions an article matches, or not, and why.",
        Parameters = [new CommandParameter { Name = "article", Description = "The article's link or its id", Required = true }],
        IsQuery = true,
    };

    public async Task<Reply> HandleAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        // Discord users wrap links in <…> to hide the preview.
        var target = arguments.Words.Count == 0 ? string.Empty : arguments.Words[0].Value.Trim('<', '>');
        if (target.Length == 0)
        {
            return Reply.Error("why needs an article", "Give its link or its id, e.g. why https://example.org/news/123.");
        }

        var article = await stories.FindArticleAsync(target, cancellationToken).ConfigureAwait(false);
        if (article is null)
        {
            return Reply.Error("I don't know this article", $"No article I have read has the link or id {CommandService.Echo(target)}. Give the link of an article from one of my feeds.");
        }

        if (article.TextDroppedAt is { } dropped)
        {
            // Matching reads the text: without it every keyword would be "not in the article", which is not why.
            return new Reply
            {
                Title = article.Title,
                TitleLink = article.Link,
                Lines = [string.Create(CultureInfo.InvariantCulture, $"I no longer keep this article's text (emptied on {dropped.UtcDateTime:yyyy-MM-dd}, as older than I keep texts), so I can't say which subscriptions it matches.")],
            };
        }

        var list = await subscriptions.ListByChannelAsync(context.Channel, cancellationToken).ConfigureAwait(false);
        if (list.Count == 0)
        {
            return new Reply
            {
                Title = article.Title,
                TitleLink = article.Link,
                Lines = ["This channel has no subscriptions, so no article is posted here."],
            };
        }

        var verdicts = new SubscriptionExplainer(aliases).Explain(article, list);
        var posted = verdicts.Where(v => v.Posted).ToList();
        var sections = new List<ReplySection>();
        if (posted.Count > 0)
        {
            sections.Add(new ReplySection { Heading = "Posted for", Items = posted.Select(Item).ToList() });
        }

        var others = verdicts.Where(v => !v.Posted).ToList();
        if (others.Count > 0)
        {
            sections.Add(new ReplySection { Heading = "Not posted for", Items = others.Select(Item).ToList() });
        }

        return new Reply
        {
            Title = article.Title,
            TitleLink = article.Link,
            Lines = [posted.Count == 0 ? "None of this channel's subscriptions takes this article." : $"{posted.Count} of this channel's {list.Count} subscriptions take this article."],
            Sections = sections,
        };
    }

    private static ReplyItem Item(Verdict verdict) => new() { Text = ReplyFormat.Name(verdict.Subscription), Details = verdict.Reasons };
}
