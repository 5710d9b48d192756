namespace NewsBot.Discord.Json;

/// <summary>An embed (rich message card); see <see cref="Messages.EmbedLimits"/> for its limits.</summary>
internal sealed record Embed
{
    public string? Title { get; init; }

    public string? Url { get; init; }

    public string? Description { get; init; }

    public int? Color { get; init; }

    /// <summary>ISO 8601.</summary>
    public string? Timestamp { get; init; }

    public EmbedFooter? Footer { get; init; }

    public IReadOnlyList<EmbedField>? Fields { get; init; }
}

internal sealed record EmbedFooter(string Text);

internal sealed record EmbedField(string Name, string Value, bool? Inline = null);

/// <summary><c>{"parse": []}</c>: nothing in the message pings anyone, whatever article text it quotes.</summary>
internal sealed record AllowedMentions
{
    public static AllowedMentions None { get; } = new();

    public IReadOnlyList<string> Parse { get; init; } = [];
}

/// <summary>Body of <c>POST /channels/{id}/messages</c>.</summary>
internal sealed record MessageCreate
{
    public string? Content { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    public AllowedMentions AllowedMentions { get; init; } = AllowedMentions.None;

    /// <summary>≤ 25 characters; with <see cref="EnforceNonce"/> a resend within minutes returns the first message.</summary>
    public string? Nonce { get; init; }

    public bool? EnforceNonce { get; init; }

    public int? Flags { get; init; }
}

/// <summary>Body of <c>PATCH /channels/{id}/messages/{id}</c>.</summary>
internal sealed record MessageEdit
{
    public IReadOnlyList<Embed>? Embeds { get; init; }

    public AllowedMentions AllowedMentions { get; init; } = AllowedMentions.None;
}

/// <summary>Body of <c>POST /channels/{forum}/threads</c>: a forum post is a thread with a starter message.</summary>
internal sealed record ForumThreadCreate
{
    public required string Name { get; init; }

    public required MessageCreate Message { get; init; }
}

internal sealed record MessageDto
{
    public required string Id { get; init; }

    public string? ChannelId { get; init; }

    public string? Nonce { get; init; }
}

internal sealed record ChannelDto
{
    public required string Id { get; init; }

    public int Type { get; init; }

    public string? ParentId { get; init; }

    public string? Name { get; init; }

    /// <summary>The starter message, when a forum post was created.</summary>
    public MessageDto? Message { get; init; }
}

/// <summary>Discord's JSON error body, and the body of a 429.</summary>
internal sealed record DiscordErrorDto
{
    public int? Code { get; init; }

    public string? Message { get; init; }

    public double? RetryAfter { get; init; }

    public bool? Global { get; init; }
}
