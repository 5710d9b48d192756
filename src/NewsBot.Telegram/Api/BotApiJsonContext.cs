using System.Text.Json.Serialization;

namespace NewsBot.Telegram.Api;

/// <summary>Source-generated JSON for the Bot API: snake_case names, absent rather than null fields.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GetUpdatesRequest))]
[JsonSerializable(typeof(SendMessageRequest))]
[JsonSerializable(typeof(EditMessageTextRequest))]
[JsonSerializable(typeof(GetChatMemberRequest))]
[JsonSerializable(typeof(AnswerCallbackQueryRequest))]
[JsonSerializable(typeof(SetMyCommandsRequest))]
[JsonSerializable(typeof(EmptyRequest))]
[JsonSerializable(typeof(ApiResponse<IReadOnlyList<System.Text.Json.JsonElement>>))]
[JsonSerializable(typeof(Update))]
[JsonSerializable(typeof(Polling.UpdateInProgress))]
[JsonSerializable(typeof(ApiResponse<Message>))]
[JsonSerializable(typeof(ApiResponse<User>))]
[JsonSerializable(typeof(ApiResponse<ChatMember>))]
[JsonSerializable(typeof(ApiResponse<bool>))]
[JsonSerializable(typeof(ApiResponse<System.Text.Json.JsonElement>))]
internal sealed partial class BotApiJsonContext : JsonSerializerContext;
