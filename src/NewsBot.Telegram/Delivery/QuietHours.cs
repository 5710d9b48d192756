using System.Globalization;

namespace NewsBot.Telegram.Delivery;

/// <summary>
/// A daily window (<c>22:00-07:00</c>, in a time zone) during which alerts are posted silently
/// (<c>disable_notification</c>): they still arrive, without waking anyone.
/// </summary>
internal sealed record QuietHours(TimeOnly From, TimeOnly To, TimeZoneInfo Zone)
{
    /// <summary>No quiet window: every alert rings.</summary>
    public static QuietHours None { get; } = new(TimeOnly.MinValue, TimeOnly.MinValue, TimeZoneInfo.Utc);

    /// <summary>Reads <c>HH:mm-HH:mm</c>; blank means <see cref="None"/>.</summary>
    public static bool TryParse(string? window, string? timeZone, out QuietHours quietHours)
    {
        quietHours = None;
        if (string.IsNullOrWhiteSpace(window))
        {
            return true;
        }

        var parts = window.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length != 2
            || !TimeOnly.TryParseExact(parts[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            || !TimeOnly.TryParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
            || !TimeZoneInfo.TryFindSystemTimeZoneById(string.IsNullOrWhiteSpace(timeZone) ? "UTC" : timeZone, out var zone))
        {
            return false;
        }

        quietHours = new QuietHours(from, to, zone);
        return true;
    }

    /// <summary>
    /// <see cref="TimeOnly.IsBetween"/> reads a window past midnight (22:00-07:00) as the two ends of the day, and
    /// an empty one (<see cref="None"/>) as never.
    /// </summary>
    public bool IsQuiet(DateTimeOffset now) => TimeOnly.FromTimeSpan(TimeZoneInfo.ConvertTime(now, Zone).TimeOfDay).IsBetween(From, To);
}
