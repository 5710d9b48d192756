using System.Text.Json.Serialization;

namespace NewsBot.Cli;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(List<IngestedArticle>))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
