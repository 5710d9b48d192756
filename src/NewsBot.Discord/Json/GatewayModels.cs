using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsBot.Discord.Json;

/// <summary>Every gateway frame: <c>{"op", "d", "s", "t"}</c>; <c>s</c> and <c>t</c> only on dispatches.</summary>
internal sealed record GatewayPayload
{
    public int Op { get; init; }

    public JsonElement? D { get; init; }

    public int? S { get; init; }

    public string? T { get; init; }
}

internal sealed record GatewayBotDto
{
    public required string Url { get; init; }

    public int? Shards { get; init; }

    public SessionStartLimitDto? SessionStartLimit { get; init; }
}

/// <summary>Identifies left today (1000 a day; running out resets the bot's token), and when the count resets.</summary>
internal sealed record SessionStartLimitDto
{
    public int Total { get; init; }

    public int Remaining { get; init; }

    /// <summary>Milliseconds.</summary>
    public long ResetAfter { get; init; }

    public int MaxConcurrency { get; init; } = 1;
}

internal sealed record HelloDto
{
    public double HeartbeatInterval { get; init; }
}

internal sealed record ReadyDto
{
    public required string SessionId { get; init; }

    public string? ResumeGatewayUrl { get; init; }

    public ReadyApplication? Application { get; init; }
}

internal sealed record ReadyApplication(string Id);

/// <summary>op 1; <c>d</c> is the last sequence number, or null before any dispatch (sent as null, not left out).</summary>
internal sealed record HeartbeatPayload
{
    public int Op { get; init; } = 1;

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public int? D { get; init; }
}

internal sealed record IdentifyPayload
{
    public int Op { get; init; } = 2;

    public required IdentifyData D { get; init; }
}

internal sealed record IdentifyData
{
    public required string Token { get; init; }

    public required int Intents { get; init; }

    public required IdentifyProperties Properties { get; init; }

    public IReadOnlyList<int>? Shard { get; init; }
}

internal sealed record IdentifyProperties(string Os, string Browser, string Device);

internal sealed record ResumePayload
{
    public int Op { get; init; } = 6;

    public required ResumeData D { get; init; }
}

internal sealed record ResumeData
{
    public required string Token { get; init; }

    public required string SessionId { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public int? Seq { get; init; }
}

/// <summary>GUILD_CREATE (joined, or available at start) and GUILD_DELETE (left, or an outage when <see cref="Unavailable"/>).</summary>
internal sealed record GuildDto
{
    public required string Id { get; init; }

    public bool? Unavailable { get; init; }

    public IReadOnlyList<ChannelDto>? Channels { get; init; }
}
