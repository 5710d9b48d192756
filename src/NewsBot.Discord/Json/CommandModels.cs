namespace NewsBot.Discord.Json;

/// <summary>A slash command as <c>PUT /applications/{id}/commands</c> takes it.</summary>
internal sealed record ApplicationCommand
{
    public required string Name { get; init; }

    public required string Description { get; init; }

    public int Type { get; init; } = 1;

    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    /// <summary>A bitset as a string; null lets everyone use it (server admins can still change it).</summary>
    public string? DefaultMemberPermissions { get; init; }

    /// <summary>0: guild channels only (subscriptions belong to a server channel).</summary>
    public IReadOnlyList<int>? Contexts { get; init; }
}

internal sealed record ApplicationCommandOption
{
    public int Type { get; init; } = 3;

    public required string Name { get; init; }

    public required string Description { get; init; }

    public bool? Required { get; init; }

    public IReadOnlyList<CommandChoice>? Choices { get; init; }

    public bool? Autocomplete { get; init; }
}
