using System.Text.Json.Nodes;

namespace NewsBot.Testing.Discord;

/// <summary>A message the fake Discord holds, with the JSON body it was created or last edited with.</summary>
public sealed record FakeDiscordMessage(string Id, string ChannelId, JsonObject Body, string? Nonce)
{
    public JsonArray Embeds => Body["embeds"] as JsonArray ?? [];

    public int Edits { get; init; }
}

/// <summary>
/// An answer the bot gave to an interaction: the callback, or a later edit of the original response, or a follow-up
/// message (<see cref="IsNewMessage"/>; one right after a deferral edits the loading message instead).
/// </summary>
public sealed record FakeInteractionAnswer(string InteractionId, int? Type, JsonObject Body, DateTimeOffset At, bool IsFollowUp)
{
    public bool IsNewMessage { get; init; }

    public JsonObject? Data => IsFollowUp ? Body : Body["data"] as JsonObject;

    public int Flags => (int?)Data?["flags"] ?? 0;

    public string? FirstEmbedTitle => (string?)Data?["embeds"]?[0]?["title"];

    public string? FirstEmbedDescription => (string?)Data?["embeds"]?[0]?["description"];
}

/// <summary>A scripted 429 for the next request(s) of a route.</summary>
public sealed record FakeRateLimit(double RetryAfterSeconds, string Scope = "user", bool Global = false);

/// <summary>A request the fake received: method, path and when.</summary>
public sealed record FakeDiscordRequest(string Method, string Path, int Status, DateTimeOffset At);
