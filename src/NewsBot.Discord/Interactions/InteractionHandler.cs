using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Commands;
using NewsBot.Core.Delivery;
using NewsBot.Core.Subscriptions;
using NewsBot.Discord.Json;
using NewsBot.Discord.Messages;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Interactions;

/// <summary>
/// Answers INTERACTION_CREATE: slash commands go to the platform-neutral <see cref="CommandService"/>, and are
/// answered at once when it is quick, or deferred ("thinking…") and completed by editing the original response
/// when it is not, so Discord's 3-second window is always met (measured from local receipt). Refusals and errors
/// are ephemeral; one found after a deferral replaces the public "thinking" message with an ephemeral follow-up.
/// Each step of a reply that meets a 5xx is tried again with backoff (<see cref="ReplyRetry"/>). Autocomplete offers the channel's own subscriptions. An interaction delivered twice runs once;
/// one that fails is logged, counted, and never stops the gateway. Discord never delivers an interaction to a
/// restarted process: one cut short by a stop shows the user "The application did not respond", and running the
/// command again is safe, since every command's effect is idempotent (a second subscribe finds the first).
/// </summary>
internal sealed class InteractionHandler(
    DiscordRestClient rest,
    CommandService commands,
    ISubscriptionStore subscriptions,
    IOptions<DiscordOptions> options,
    DiscordMetrics metrics,
    TimeProvider timeProvider,
    ILogger<InteractionHandler> logger)
{
    private const int ApplicationCommand = 2;
    private const int Autocomplete = 4;
    private const int ChannelMessage = 4;
    private const int DeferredChannelMessage = 5;
    private const int AutocompleteResult = 8;
    private const int Ephemeral = 64;

    // Threads: announcement (10), public (11) and private (12).
    private static readonly int[] ThreadTypes = [10, 11, 12];

    // Discord drops an unanswered interaction after 3 s, so the callback's retries must be quick; the token of
    // the follow-ups lives 15 minutes.
    private static readonly TimeSpan CallbackRetryDelay = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan FollowUpRetryDelay = TimeSpan.FromSeconds(1);

    private readonly RecentInteractions _recent = new();
    private readonly ReplyRetry _replies = new(timeProvider, logger);

    public async Task HandleAsync(JsonElement data, long receivedAt, CancellationToken cancellationToken)
    {
        InteractionDto? interaction = null;
        try
        {
            interaction = data.Deserialize(DiscordJsonContext.Default.InteractionDto);
            if (interaction?.Id is { } id && !_recent.TryTake(id))
            {
                Log.InteractionRepeated(logger, id);
                metrics.Duplicate();
                return;
            }

            switch (interaction)
            {
                case { Type: ApplicationCommand, Data: not null }:
                    await CommandAsync(interaction, receivedAt, cancellationToken).ConfigureAwait(false);
                    break;
                case { Type: Autocomplete, Data: not null }:
                    await AutocompleteAsync(interaction, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
#pragma warning disable CA1031 // One interaction failing must not take the gateway down; it is logged.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.InteractionFailed(logger, interaction?.Id ?? "?", interaction?.Data?.Name ?? "?", interaction?.ChannelId ?? "?", ex);
            metrics.Failed("interaction");
        }
    }

    /// <summary>The member's rights in this channel (overwrites included) allow managing it.</summary>
    internal static bool CanManageChannel(InteractionDto interaction)
    {
        if (interaction.Member is null)
        {
            // A DM: the user's own conversation with the bot.
            return interaction.User is not null;
        }

        return ulong.TryParse(interaction.Member.Permissions, NumberStyles.None, CultureInfo.InvariantCulture, out var permissions)
            && (permissions & (SlashCommands.ManageChannels | SlashCommands.Administrator)) != 0;
    }

    internal static ChannelAddress ChannelOf(InteractionDto interaction)
    {
        var channelId = interaction.ChannelId ?? interaction.Channel?.Id ?? throw new InvalidOperationException("The interaction has no channel.");
        return interaction.Channel is { ParentId: { } parent } channel && ThreadTypes.Contains(channel.Type)
            ? new ChannelAddress(DiscordChatTransport.PlatformName, parent, channelId)
            : new ChannelAddress(DiscordChatTransport.PlatformName, channelId);
    }

    internal Command ToCommand(InteractionData data)
    {
        var description = commands.Commands.FirstOrDefault(c => string.Equals(c.Name, data.Name, StringComparison.OrdinalIgnoreCase));
        var values = (data.Options ?? []).ToDictionary(o => o.Name, o => Value(o), StringComparer.OrdinalIgnoreCase);
        if (description is null)
        {
            return new Command(data.Name, string.Join(' ', values.Values));
        }

        var text = string.Join(' ', description.Parameters.Where(p => !p.IsOption).Select(p => values.GetValueOrDefault(p.Name)).Where(v => !string.IsNullOrWhiteSpace(v)));
        var named = description.Parameters.Where(p => p.IsOption).Select(p => KeyValuePair.Create(p.Name, values.GetValueOrDefault(p.Name)));
        return Command.FromOptions(description.Name, text, named);
    }

    private async Task CommandAsync(InteractionDto interaction, long receivedAt, CancellationToken cancellationToken)
    {
        var channel = ChannelOf(interaction);
        var context = new CommandContext
        {
            Channel = channel,
            UserId = interaction.Member?.User?.Id ?? interaction.User?.Id ?? "unknown",
            CanManageChannel = CanManageChannel(interaction),
            Locale = interaction.Locale,
        };
        var command = ToCommand(interaction.Data!);

        // Off the gateway's thread: a store whose async calls complete synchronously (Microsoft.Data.Sqlite's do)
        // would otherwise run the whole command inside this call, before the defer timer could even start.
        var work = Task.Run(() => commands.HandleAsync(command, context, cancellationToken), cancellationToken);

        var budget = TimeSpan.FromMilliseconds(options.Value.DeferAfterMilliseconds) - timeProvider.GetElapsedTime(receivedAt);
        var deferred = false;
        if (!work.IsCompleted && budget > TimeSpan.Zero)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var delay = Task.Delay(budget, timeProvider, timeout.Token);
            await Task.WhenAny(work, delay).ConfigureAwait(false);
            await timeout.CancelAsync().ConfigureAwait(false);
        }

        if (work.IsCompleted)
        {
            var reply = await work.ConfigureAwait(false);
            await ReplyCallbackAsync(interaction, new InteractionResponse { Type = ChannelMessage, Data = Message(reply) }, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            // Discord fixes the answer's visibility when it is deferred, and most slow answers are for everyone, so
            // the deferral is public.
            deferred = true;
            await ReplyCallbackAsync(interaction, new InteractionResponse { Type = DeferredChannelMessage }, cancellationToken).ConfigureAwait(false);
            var reply = await work.ConfigureAwait(false);
            if (reply.Ephemeral)
            {
                await FollowUpPrivatelyAsync(interaction, reply, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await _replies.SendAsync(
                    "the edit of the deferred response",
                    interaction.Id ?? "?",
                    FollowUpRetryDelay,
                    () => rest.SendAsync(HttpMethod.Patch, OriginalPath(interaction), Message(reply), DiscordJsonContext.Default.InteractionCallbackData, cancellationToken),
                    alreadyDone: null,
                    cancellationToken).ConfigureAwait(false);
            }
        }

        Log.InteractionAnswered(logger, command.Name, channel.ToString(), context.UserId, (long)timeProvider.GetElapsedTime(receivedAt).TotalMilliseconds, deferred);
    }

    private async Task AutocompleteAsync(InteractionDto interaction, CancellationToken cancellationToken)
    {
        var data = interaction.Data!;
        var focused = (data.Options ?? []).FirstOrDefault(o => o.Focused == true);
        var choices = new List<CommandChoice>();
        if (focused is not null && SlashCommands.HasSubscriptionAutocomplete(data.Name.ToLowerInvariant(), focused.Name.ToLowerInvariant()))
        {
            var typed = Value(focused) ?? string.Empty;
            var byId = data.Name.Equals("unsubscribe", StringComparison.OrdinalIgnoreCase);
            var list = await subscriptions.ListByChannelAsync(ChannelOf(interaction), cancellationToken).ConfigureAwait(false);
            choices = list
                .Where(s => s.Query.Contains(typed, StringComparison.OrdinalIgnoreCase) && s.Query.Length <= 100)
                .Take(25)
                .Select(s => new CommandChoice(
                    EmbedText.Plain(byId ? $"#{s.Id} {s.Query}" : s.Query, 100),
                    byId ? s.Id.ToString(CultureInfo.InvariantCulture) : s.Query))
                .ToList();
        }

        await CallbackAsync(interaction, new InteractionResponse { Type = AutocompleteResult, Data = new InteractionCallbackData { Choices = choices } }, cancellationToken).ConfigureAwait(false);
    }

    // A follow-up sent right after a deferral would only fill the public "thinking" message, keeping it public:
    // deleting that message first makes the follow-up a message of its own, which can be ephemeral.
    private async Task FollowUpPrivatelyAsync(InteractionDto interaction, Reply reply, CancellationToken cancellationToken)
    {
        await _replies.SendAsync(
            "the deletion of the deferred response",
            interaction.Id ?? "?",
            FollowUpRetryDelay,
            () => rest.DeleteAsync(OriginalPath(interaction), cancellationToken),
            alreadyDone: ex => ex.Code == DiscordErrorCodes.UnknownMessage,
            cancellationToken).ConfigureAwait(false);
        await _replies.SendAsync(
            "the ephemeral follow-up",
            interaction.Id ?? "?",
            FollowUpRetryDelay,
            () => rest.SendAsync(
                HttpMethod.Post, $"webhooks/{options.Value.ApplicationId}/{interaction.Token}", Message(reply), DiscordJsonContext.Default.InteractionCallbackData, cancellationToken),
            alreadyDone: null,
            cancellationToken).ConfigureAwait(false);
    }

    private Task ReplyCallbackAsync(InteractionDto interaction, InteractionResponse response, CancellationToken cancellationToken) =>
        _replies.SendAsync(
            "the callback",
            interaction.Id ?? "?",
            CallbackRetryDelay,
            () => CallbackAsync(interaction, response, cancellationToken),
            alreadyDone: ex => ex.Code == DiscordErrorCodes.AlreadyAcknowledged,
            cancellationToken);

    private string OriginalPath(InteractionDto interaction) =>
        $"webhooks/{options.Value.ApplicationId}/{interaction.Token}/messages/@original";

    private Task CallbackAsync(InteractionDto interaction, InteractionResponse response, CancellationToken cancellationToken) =>
        rest.SendAsync(
            HttpMethod.Post,
            $"interactions/{interaction.Id}/{interaction.Token}/callback",
            response,
            DiscordJsonContext.Default.InteractionResponse,
            cancellationToken);

    private static InteractionCallbackData Message(Reply reply) => new()
    {
        Embeds = [ReplyEmbedRenderer.Render(reply)],
        AllowedMentions = AllowedMentions.None,
        Flags = reply.Ephemeral ? Ephemeral : null,
    };

    private static string? Value(InteractionOption option) => option.Value switch
    {
        { ValueKind: JsonValueKind.String } value => value.GetString(),
        { ValueKind: JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False } value => value.GetRawText(),
        _ => null,
    };
}
