using System.Text.Json.Serialization;

namespace NewsBot.Cli;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(List<MatchedArticle>))]
internal sealed partial class MatchJsonContext : JsonSerializerContext;
