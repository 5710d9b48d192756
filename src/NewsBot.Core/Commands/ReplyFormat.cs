using System.Globalization;
using NewsBot.Core.Figures;
using NewsBot.Core.Subscriptions;

namespace NewsBot.Core.Commands;

/// <summary>How replies write dates, subscriptions and qualifiers, the same in every command.</summary>
internal static class ReplyFormat
{
    public static string Date(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Quoted(string text) => $"“{text}”";

    /// <summary>"#3 “corée du nord”".</summary>
    public static string Name(Subscription subscription) => $"#{subscription.Id} {Quoted(subscription.Query)}";

    /// <summary>"daily digest at 08:00 Europe/Paris · fr, en · paused".</summary>
    public static string Settings(Subscription subscription)
    {
        var parts = new List<string>
        {
            subscription.Mode == SubscriptionMode.Digest
                ? $"daily digest at {subscription.DigestAt?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "08:00"} {subscription.TimeZone ?? "UTC"}"
                : "instant alerts",
            subscription.Languages.Count == 0 ? "all languages" : string.Join(", ", subscription.Languages),
        };
        if (subscription.Paused)
        {
            parts.Add("paused (the bot cannot post here)");
        }

        return string.Join(" · ", parts);
    }

    public static string Qualifier(FigureQualifier qualifier) => qualifier switch
    {
        FigureQualifier.Approx => "approximately",
        FigureQualifier.AtLeast => "at least",
        FigureQualifier.AtMost => "at most",
        _ => "exact",
    };
}
