using System.Text.Json.Serialization;

namespace NewsBot.Cli;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(List<PlacedArticle>))]
internal sealed partial class StoriesJsonContext : JsonSerializerContext;
