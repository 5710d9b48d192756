using System.Globalization;
using NewsBot.Core.Subscriptions;

namespace NewsBot.Storage.Subscriptions;

/// <summary>How the subscription options of migration 0003 are written in their columns.</summary>
internal static class SubscriptionColumns
{
    private const string TimeFormat = "HH:mm";

    public static string ToMode(SubscriptionMode mode) => mode == SubscriptionMode.Digest ? "digest" : "instant";

    public static SubscriptionMode FromMode(string mode) => mode == "digest" ? SubscriptionMode.Digest : SubscriptionMode.Instant;

    public static string? ToTime(TimeOnly? time) => time?.ToString(TimeFormat, CultureInfo.InvariantCulture);

    public static TimeOnly? FromTime(string? time) =>
        time is null ? null : TimeOnly.ParseExact(time, TimeFormat, CultureInfo.InvariantCulture);

    public static string ToLanguages(IReadOnlyList<string> languages) => string.Join(',', languages);

    public static string[] FromLanguages(string languages) =>
        languages.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
