using System.Globalization;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Subscriptions;
using NewsBot.Core.Text;

namespace NewsBot.Core.Commands.Unsubscribe;

/// <summary><c>unsubscribe &lt;id|query&gt;</c>: removes one of this channel's subscriptions.</summary>
internal sealed class UnsubscribeHandler(ISubscriptionStore subscriptions, ILogger<UnsubscribeHandler> logger) : ICommandHandler
{
    private const int Listed = 10;

    public CommandDescription Description { get; } = new()
    {
        Name = "unsubscribe",
        Usage = "unsubscribe <id|query>",
        Summary = "Stop the alerts of one subscription of this channel.",
        Details = ["Give its id as subscriptions shows it (unsubscribe 3) or its topic as it was typed."],
        Parameters = [new CommandParameter { Name = "subscription", Description = "Its id (see subscriptions) or its topic", Required = true }],
        ManagesChannel = true,
    };

    public async Task<Reply> HandleAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        var target = arguments.Text.Trim();
        if (target.Length == 0)
        {
            return Reply.Error("unsubscribe needs a subscription", "Give its id or its topic, e.g. unsubscribe 3; subscriptions lists them.");
        }

        var existing = await subscriptions.ListByChannelAsync(context.Channel, cancellationToken).ConfigureAwait(false);
        var id = target.TrimStart('#');
        Subscription? found;
        if (id.Length > 0 && id.All(char.IsAsciiDigit))
        {
            found = long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? existing.FirstOrDefault(s => s.Id == number) : null;
            if (found is null)
            {
                return Reply.Error($"There is no subscription #{id} in this channel", Known(existing));
            }
        }
        else
        {
            var wanted = Comparable(target);
            found = existing.FirstOrDefault(s => Comparable(s.Query) == wanted);
            if (found is null)
            {
                return Reply.Error($"No subscription of this channel has the topic {ReplyFormat.Quoted(target)}", Known(existing));
            }
        }

        if (!await subscriptions.RemoveAsync(context.Channel, found.Id, cancellationToken).ConfigureAwait(false))
        {
            // Someone else removed it between the list and now: the outcome the user wanted.
            return Reply.Text($"{ReplyFormat.Name(found)} was already removed");
        }

        Log.SubscriptionRemoved(logger, found.Id, context.Channel.ToString(), context.UserId);
        return Reply.Text($"Unsubscribed from {ReplyFormat.Quoted(found.Query)}", $"#{found.Id} is removed: no more alerts for it here.");
    }

    private static string Known(IReadOnlyList<Subscription> existing) => existing.Count == 0
        ? "This channel has no subscriptions."
        : "Its subscriptions: " + string.Join(", ", existing.Take(Listed).Select(ReplyFormat.Name)) + (existing.Count > Listed ? ", …" : ".");

    private static string Comparable(string query) =>
        string.Join(' ', TextFolding.Fold(query).Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
