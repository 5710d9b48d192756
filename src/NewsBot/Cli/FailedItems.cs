using System.Text.Json.Serialization;
using NewsBot.Core.Articles;

namespace NewsBot.Cli;

/// <summary>What <c>failed --json</c> prints: the articles and deliveries that failed, with why.</summary>
internal sealed record FailedItems(IReadOnlyList<FailedArticle> Articles, IReadOnlyList<DeadDelivery> Deliveries);

/// <summary>An article whose analysis, story or planning failed; <c>retryAt</c> is null once it is left aside.</summary>
internal sealed record FailedArticle(
    string Id, long ArticleId, string Feed, string Title, string Reason, int Tries, DateTimeOffset LastTry, DateTimeOffset? RetryAt, bool LeftAside)
{
    public static FailedArticle From(ArticleFailure failure) => new(
        FailedCommand.ArticlePrefix + failure.ArticleId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        failure.ArticleId,
        failure.FeedName,
        failure.Title,
        failure.Reason,
        failure.Tries,
        failure.LastTriedAt,
        failure.RetryAt,
        failure.IsLeftAside);
}

/// <summary>A dead-lettered delivery and the reason it was given up.</summary>
internal sealed record DeadDelivery(string Id, long DeliveryId, string Channel, long ArticleId, string Kind, int Attempts, string Reason)
{
    public static DeadDelivery From(Core.Delivery.Delivery delivery) => new(
        FailedCommand.DeliveryPrefix + delivery.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        delivery.Id,
        delivery.Channel.ToString(),
        delivery.ArticleId,
        delivery.Kind.ToString().ToLowerInvariant(),
        delivery.Attempts,
        delivery.LastError ?? "");
}

/// <summary>What <c>failed --retry --json</c> prints.</summary>
internal sealed record RetriedItems(int Articles, int Deliveries);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(FailedItems))]
[JsonSerializable(typeof(RetriedItems))]
internal sealed partial class FailedJsonContext : JsonSerializerContext;
