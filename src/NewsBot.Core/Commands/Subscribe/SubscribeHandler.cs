using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Subscriptions;
using NewsBot.Core.Subscriptions.Matching;

namespace NewsBot.Core.Commands.Subscribe;

/// <summary><c>subscribe &lt;query&gt; [mode:…] [at:…] [tz:…] [lang:…]</c>: alerts on a topic in this channel.</summary>
internal sealed class SubscribeHandler(
    ISubscriptionStore subscriptions,
    AliasTable aliases,
    TimeProvider time,
    IOptions<CommandOptions> options,
    ILogger<SubscribeHandler> logger) : ICommandHandler
{
    public CommandDescription Description { get; } = new()
    {
        Name = "subscribe",
        Usage = "subscribe <query> [mode:instant|digest] [at:08:00] [tz:Europe/Paris] [lang:fr,en]",
        Summary = "Get an alert in this channel for each new story on a topic.",
        Details =
        [
            "The query: words (all of them must appear), \"exact phrases\", OR, NOT or -word, word* for a prefix, parentheses, and filters lang:fr, source:reuters, feed:NAME, has:figure. Case, accents and plurals do not matter.",
            "mode:digest posts one message a day at at: (default 08:00) in the time zone tz: (an IANA name, default UTC); at: or tz: alone also mean a digest.",
            "lang:fr,en keeps only articles in those languages.",
            "Example: subscribe \"corée du nord\" OR pyongyang mode:digest at:07:30 tz:Europe/Paris",
        ],
        Parameters =
        [
            new CommandParameter { Name = "query", Description = "The topic, e.g. corée du nord OR pyongyang", Required = true },
            new CommandParameter { Name = "mode", Description = "instant (default) or a daily digest", IsOption = true, Choices = ["instant", "digest"] },
            new CommandParameter { Name = "at", Description = "Time of the daily digest, HH:MM", IsOption = true },
            new CommandParameter { Name = "tz", Description = "Time zone of the digest, e.g. Europe/Paris", IsOption = true },
            new CommandParameter { Name = "lang", Description = "Only articles in these languages: fr, en or fr,en", IsOption = true },
        ],
        ManagesChannel = true,
    };

    public async Task<Reply> HandleAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        var split = arguments.TakeOptions(SubscriptionSettings.Names);
        if (split.Repeated is not null)
        {
            return Reply.Error("This option is given twice", $"{split.Repeated}: appears more than once; keep one.");
        }

        if (!TopicArgument.TryParse(split.Rest, "subscribe", aliases, options.Value, out var query, out var invalid))
        {
            return invalid;
        }

        var settings = SubscriptionSettings.Read(split.Options, out var problem);
        if (settings is null)
        {
            return Reply.Error("I can't use this option", problem!);
        }

        var existing = await subscriptions.ListByChannelAsync(context.Channel, cancellationToken).ConfigureAwait(false);
        if (existing.FirstOrDefault(s => s.Query == query.Text) is { } same)
        {
            return Reply.Text(
                $"Already subscribed to {ReplyFormat.Quoted(same.Query)}",
                $"#{same.Id}: {ReplyFormat.Settings(same)}.",
                $"To change its options, unsubscribe {same.Id} and subscribe again.");
        }

        // Two managers subscribing at the same moment can take the channel one past the cap; not worth a lock.
        var max = options.Value.MaxSubscriptionsPerChannel;
        if (existing.Count >= max)
        {
            return Reply.Error(
                "This channel has all the subscriptions it may have",
                $"It has {existing.Count}, the most allowed here is {max}. Remove one with unsubscribe <id> first; subscriptions lists them.");
        }

        var added = await subscriptions.AddAsync(
            new NewSubscription
            {
                Channel = context.Channel,
                Query = query.Text,
                CreatedBy = context.UserId,
                CreatedAt = time.GetUtcNow(),
                Mode = settings.Mode,
                DigestAt = settings.DigestAt,
                TimeZone = settings.TimeZone,
                Languages = settings.Languages,
            },
            cancellationToken).ConfigureAwait(false);
        Log.SubscriptionAdded(logger, added.Id, context.Channel.ToString(), context.UserId, added.Query);
        return Reply.Text(
            $"Subscribed to {ReplyFormat.Quoted(added.Query)}",
            $"#{added.Id}: {ReplyFormat.Settings(added)}.",
            $"unsubscribe {added.Id} stops it.");
    }
}
