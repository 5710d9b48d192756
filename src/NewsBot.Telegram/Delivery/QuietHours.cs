using System.Globalization;

namespace NewsBot.Telegram.Delivery;

/// <summary>
/// A daily window (<c>22:00-07:00</c>, in a time zone) during which alerts are posted silently
/// (<c>disable_notification</c>): they still arrive, without waking anyone.
/// </summary>
internal sealed class QuietHours
{
    private readonly TimeOnly _from;
    private readonly TimeOnly _to;
    private readonly TimeZoneInfo _zone;

    private QuietHours(TimeOnly from, TimeOnly to, TimeZoneInfo zone)
    {
        _from = from;
        _to = to;
        _zone = zone;
    }

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

    public bool IsQuiet(DateTimeOffset now)
    {
        if (_from == _to)
        {
            return false;
        }

        var local = TimeOnly.FromTimeSpan(TimeZoneInfo.ConvertTime(now, _zone).TimeOfDay);

        // A window past midnight (22:00-07:00) is the two ends of the day.
        return _from < _to ? local >= _from && local < _to : local >= _from || local < _to;
    }
}
