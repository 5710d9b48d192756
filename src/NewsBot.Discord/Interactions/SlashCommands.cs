using NewsBot.Core.Commands;
using NewsBot.Discord.Json;
using NewsBot.Discord.Messages;

namespace NewsBot.Discord.Interactions;

/// <summary>
/// The slash commands, built from <see cref="CommandService.Commands"/>: one string option per parameter
/// (required ones first, as Discord demands), fixed choices where a parameter has them, autocomplete from the
/// channel's subscriptions on topic arguments, and Manage Channels by default on commands that change subscriptions.
/// </summary>
internal static class SlashCommands
{
    /// <summary>MANAGE_CHANNELS (1 &lt;&lt; 4).</summary>
    public const ulong ManageChannels = 16;

    /// <summary>ADMINISTRATOR (1 &lt;&lt; 3): every right, overwrites included.</summary>
    public const ulong Administrator = 8;

    private const int StringOption = 3;
    private const int MaxChoices = 25;

    /// <summary>Parameters whose value is one of the channel's subscriptions, so Discord can offer them while typing.</summary>
    public static bool HasSubscriptionAutocomplete(string command, string parameter) => (command, parameter) switch
    {
        ("unsubscribe", "subscription") or ("latest", "query") or ("figures", "query") => true,
        _ => false,
    };

    public static List<ApplicationCommand> Build(IReadOnlyList<CommandDescription> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var names = commands.Select(c => c.Name.ToLowerInvariant()).ToList();
        return commands.Select(command =>
        {
            var name = command.Name.ToLowerInvariant();
            var options = command.Parameters
                .OrderByDescending(p => p.Required)
                .Select(p =>
                {
                    var parameter = p.Name.ToLowerInvariant();
                    IReadOnlyList<string> choices = name == "help" && parameter == "command" ? names : p.Choices;
                    return new ApplicationCommandOption
                    {
                        Type = StringOption,
                        Name = parameter,
                        Description = EmbedText.Cut(p.Description, 100),
                        Required = p.Required ? true : null,
                        Choices = choices.Count is > 0 and <= MaxChoices ? choices.Select(c => new CommandChoice(c, c)).ToList() : null,
                        Autocomplete = choices.Count == 0 && HasSubscriptionAutocomplete(name, parameter) ? true : null,
                    };
                })
                .ToList();
            return new ApplicationCommand
            {
                Name = name,
                Description = EmbedText.Cut(command.Summary, 100),
                Options = options.Count == 0 ? null : options,
                DefaultMemberPermissions = command.ManagesChannel ? ManageChannels.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
                Contexts = [0],
            };
        }).ToList();
    }
}
