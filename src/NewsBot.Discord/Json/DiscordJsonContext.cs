using System.Text.Json.Serialization;

namespace NewsBot.Discord.Json;

/// <summary>
/// Source-generated (reflection-free) JSON for every Discord payload the bot sends or reads. Discord's
/// field names are snake_case; nulls are left out of what we send, except where a payload needs them.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(MessageCreate))]
[JsonSerializable(typeof(MessageEdit))]
[JsonSerializable(typeof(ForumThreadCreate))]
[JsonSerializable(typeof(MessageDto))]
[JsonSerializable(typeof(ChannelDto))]
[JsonSerializable(typeof(DiscordErrorDto))]
[JsonSerializable(typeof(GatewayBotDto))]
[JsonSerializable(typeof(GatewayPayload))]
[JsonSerializable(typeof(HeartbeatPayload))]
[JsonSerializable(typeof(IdentifyPayload))]
[JsonSerializable(typeof(ResumePayload))]
[JsonSerializable(typeof(ReadyDto))]
[JsonSerializable(typeof(HelloDto))]
[JsonSerializable(typeof(GuildDto))]
[JsonSerializable(typeof(InteractionDto))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(InteractionCallbackData))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommand>))]
[JsonSerializable(typeof(List<ApplicationCommand>))]
internal sealed partial class DiscordJsonContext : JsonSerializerContext;
