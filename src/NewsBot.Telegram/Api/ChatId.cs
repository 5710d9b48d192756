using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsBot.Telegram.Api;

/// <summary>
/// A chat as the Bot API takes it: a number (group ids are negative, beyond 32 bits) or a public
/// channel's <c>@username</c>. Written as a JSON number when it is one, as a string otherwise.
/// </summary>
[JsonConverter(typeof(ChatIdConverter))]
internal readonly record struct ChatId(string Value)
{
    public static ChatId From(long id) => new(id.ToString(CultureInfo.InvariantCulture));

    public bool TryGetNumber(out long id) => long.TryParse(Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out id);

    public override string ToString() => Value;
}

internal sealed class ChatIdConverter : JsonConverter<ChatId>
{
    public override ChatId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Number
            ? ChatId.From(reader.GetInt64())
            : new ChatId(reader.GetString() ?? throw new JsonException("chat_id is null"));

    public override void Write(Utf8JsonWriter writer, ChatId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.TryGetNumber(out var id))
        {
            writer.WriteNumberValue(id);
        }
        else
        {
            writer.WriteStringValue(value.Value);
        }
    }
}
