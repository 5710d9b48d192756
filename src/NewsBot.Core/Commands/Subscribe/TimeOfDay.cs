using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Core.Commands.Subscribe;

/// <summary>Reads <c>at:</c>: "08:00", "8:30", "8h", "8h30" (as French writes it), "8am", "6:30pm".</summary>
internal static partial class TimeOfDay
{
    public static TimeOnly? Parse(string text)
    {
        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        if (match.Groups["ampm"].Success)
        {
            if (hour is < 1 or > 12)
            {
                return null;
            }

            hour = (hour % 12) + (match.Groups["ampm"].Value.Equals("pm", StringComparison.OrdinalIgnoreCase) ? 12 : 0);
        }

        return hour is >= 0 and <= 23 && minute is >= 0 and <= 59 ? new TimeOnly(hour, minute) : null;
    }

    [GeneratedRegex(@"^(?<h>\d{1,2})(?:(?::(?<m>\d{2}))|(?:[hH](?<m>\d{2})?))?(?<ampm>am|pm|AM|PM)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
