using System.Globalization;
using System.Net.Http.Headers;

namespace NewsBot.Discord.Rest;

/// <summary>What a response says about its bucket (<c>X-RateLimit-*</c>); nulls where a header is missing.</summary>
internal sealed record RateLimitHeaders(string? Bucket, int? Remaining, TimeSpan? ResetAfter, bool Global, string? Scope)
{
    public static RateLimitHeaders From(HttpResponseHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        return new RateLimitHeaders(
            Get(headers, "X-RateLimit-Bucket"),
            int.TryParse(Get(headers, "X-RateLimit-Remaining"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var remaining) ? remaining : null,
            double.TryParse(Get(headers, "X-RateLimit-Reset-After"), NumberStyles.Float, CultureInfo.InvariantCulture, out var after) ? TimeSpan.FromSeconds(after) : null,
            string.Equals(Get(headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase),
            Get(headers, "X-RateLimit-Scope"));
    }

    private static string? Get(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
