using System.Text.Json;

namespace NewsBot.Discord.Json;

/// <summary>An INTERACTION_CREATE payload, with the fields the bot reads.</summary>
internal sealed record InteractionDto
{
    public required string Id { get; init; }

    public string? ApplicationId { get; init; }

    public int Type { get; init; }

    public InteractionData? Data { get; init; }

    public string? GuildId { get; init; }

    public string? ChannelId { get; init; }

    public ChannelDto? Channel { get; init; }

    /// <summary>Set in a guild; <see cref="MemberDto.Permissions"/> holds the member's rights in this channel.</summary>
    public MemberDto? Member { get; init; }

    /// <summary>Set in a DM.</summary>
    public UserDto? User { get; init; }

    public required string Token { get; init; }

    public string? Locale { get; init; }
}

internal sealed record InteractionData
{
    public string? Id { get; init; }

    public required string Name { get; init; }

    public IReadOnlyList<InteractionOption>? Options { get; init; }
}

internal sealed record InteractionOption
{
    public required string Name { get; init; }

    public int Type { get; init; }

    public JsonElement? Value { get; init; }

    public IReadOnlyList<InteractionOption>? Options { get; init; }

    public bool? Focused { get; init; }
}

internal sealed record MemberDto
{
    public UserDto? User { get; init; }

    /// <summary>A bitset as a decimal string.</summary>
    public string? Permissions { get; init; }
}

internal sealed record UserDto(string Id);

/// <summary>Body of <c>POST /interactions/{id}/{token}/callback</c>.</summary>
internal sealed record InteractionResponse
{
    public required int Type { get; init; }

    public InteractionCallbackData? Data { get; init; }
}

internal sealed record InteractionCallbackData
{
    public string? Content { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    public AllowedMentions? AllowedMentions { get; init; }

    public int? Flags { get; init; }

    public IReadOnlyList<CommandChoice>? Choices { get; init; }
}

internal sealed record CommandChoice(string Name, string Value);
