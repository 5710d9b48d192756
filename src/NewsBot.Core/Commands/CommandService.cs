using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Commands.Help;
using NewsBot.Core.Text;

namespace NewsBot.Core.Commands;

/// <summary>
/// Runs the chat commands, the same for every platform: finds the handler by name (case-insensitive,
/// aliases included), checks the "manage channel" right and the query quota, and turns every failure into
/// a short reply. Adapters parse the platform's message into a <see cref="Command"/> and render the <see cref="Reply"/>.
/// </summary>
public sealed class CommandService
{
    private readonly Dictionary<string, ICommandHandler> _handlers = new(StringComparer.OrdinalIgnoreCase);
    // An unknown name or an article address echoed back is cut to this: the user needs to recognise it, not reread it.
    private const int EchoLength = 60;

    private readonly QueryRateLimiter _limiter;
    private readonly IOptions<CommandOptions> _options;
    private readonly ILogger _logger;

    internal CommandService(IEnumerable<ICommandHandler> handlers, QueryRateLimiter limiter, IOptions<CommandOptions> options, ILogger<CommandService> logger)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        _limiter = limiter;
        _options = options;
        _logger = logger;
        var all = handlers.ToList();
        var descriptions = all.Select(h => h.Description).Append(HelpHandler.Describe()).ToList();
        all.Add(new HelpHandler(descriptions));
        foreach (var handler in all)
        {
            foreach (var name in handler.Description.Aliases.Prepend(handler.Description.Name))
            {
                if (!_handlers.TryAdd(name, handler))
                {
                    throw new InvalidOperationException($"Two commands are named '{name}'.");
                }
            }
        }

        Commands = descriptions;
    }

    /// <summary>Every command, in the order help lists them.</summary>
    public IReadOnlyList<CommandDescription> Commands { get; }

    /// <returns>The reply to post; never throws for bad input, a refusal or a failing store.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<Reply> HandleAsync(Command command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        if (!_handlers.TryGetValue(command.Name, out var handler))
        {
            return Unknown(command.Name);
        }

        var description = handler.Description;

        // Refused before any parsing, so no command costs more than reading this many characters.
        var maxLength = _options.Value.MaxCommandLength;
        if (command.Text.Length > maxLength)
        {
            return Reply.Error(
                $"This {description.Name} command is too long",
                $"{command.Text.Length.ToString(CultureInfo.InvariantCulture)} characters, at most {maxLength.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (description.ManagesChannel && !context.CanManageChannel)
        {
            return Reply.Error(
                $"Only channel managers can use {description.Name}",
                "Changing this channel's subscriptions needs the right to manage the channel. Anyone can use latest, figures, why and subscriptions.");
        }

        if (description.IsQuery && !_limiter.TryAcquire(context.Channel, out var retryAfter))
        {
            var seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
            Log.CommandOverQuota(_logger, description.Name, context.Channel.ToString(), seconds);
            return Reply.Error(
                "Too many questions in this channel",
                $"You can ask again in {seconds.ToString(CultureInfo.InvariantCulture)} s.");
        }

        try
        {
            return await handler.HandleAsync(CommandArguments.Parse(command.Text), context, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // The user gets a short apology whatever broke (the exception goes to the log, never into the chat).
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.CommandFailed(_logger, description.Name, context.Channel.ToString(), exception);
            return Reply.Error("Something went wrong on my side", $"{description.Name} did not complete; please try again in a moment.");
        }
    }

    /// <summary>At most <paramref name="max"/> characters of what the user typed, marked when cut.</summary>
    internal static string Echo(string typed, int max = EchoLength) => DisplayText.Shorten(typed, max);

    private Reply Unknown(string name) => Reply.Error(
        $"I don't know the command {ReplyFormat.Quoted(Echo(name))}",
        "Commands: " + string.Join(", ", Commands.Select(c => c.Name)) + ".",
        "Send help <command> for details.");
}
