using Microsoft.Extensions.Options;
using NewsBot.Core.Subscriptions;

namespace NewsBot.Core.Commands.List;

/// <summary><c>subscriptions</c>: this channel's subscriptions with their ids and settings.</summary>
internal sealed class ListHandler(ISubscriptionStore subscriptions, IOptions<CommandOptions> options) : ICommandHandler
{
    public CommandDescription Description { get; } = new()
    {
        Name = "subscriptions",
        Usage = "subscriptions",
        Summary = "This channel's subscriptions, with their ids, mode and languages.",
        Aliases = ["list"],
    };

    public async Task<Reply> HandleAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        var list = await subscriptions.ListByChannelAsync(context.Channel, cancellationToken).ConfigureAwait(false);
        if (list.Count == 0)
        {
            return Reply.Text("No subscriptions here yet", "A channel manager can add one, e.g. subscribe corée du nord.");
        }

        return new Reply
        {
            Title = $"Subscriptions here ({list.Count} of {options.Value.MaxSubscriptionsPerChannel})",
            Sections =
            [
                new ReplySection
                {
                    Items = list.OrderBy(s => s.Id).Select(s => new ReplyItem { Text = ReplyFormat.Name(s), Details = [ReplyFormat.Settings(s)] }).ToList(),
                },
            ],
        };
    }
}
