using NewsBot.Telegram.Delivery;

namespace NewsBot.Telegram.Tests.Delivery;

public sealed class QuietHoursTests
{
    [Theory]
    [InlineData("22:00-07:00", "UTC", "2026-11-21T23:30:00Z", true)]
    [InlineData("22:00-07:00", "UTC", "2026-11-21T06:59:00Z", true)]
    [InlineData("22:00-07:00", "UTC", "2026-11-21T07:00:00Z", false)]
    [InlineData("22:00-07:00", "UTC", "2026-11-21T12:00:00Z", false)]
    [InlineData("12:00-14:00", "UTC", "2026-11-21T13:00:00Z", true)]
    [InlineData("22:00-07:00", "Europe/Paris", "2026-11-21T21:30:00Z", true)]
    [InlineData("22:00-07:00", "Europe/Paris", "2026-11-21T20:30:00Z", false)]
    [InlineData(null, "UTC", "2026-11-21T23:30:00Z", false)]
    public void IsQuiet_InsideTheWindowOfItsTimeZone(string? window, string zone, string now, bool quiet)
    {
        Assert.True(QuietHours.TryParse(window, zone, out var hours));

        Assert.Equal(quiet, hours.IsQuiet(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("22-07", "UTC")]
    [InlineData("22:00-07:00", "Mars/Olympus")]
    [InlineData("25:00-07:00", "UTC")]
    public void TryParse_BadWindowOrZone_IsRefused(string window, string zone) =>
        Assert.False(QuietHours.TryParse(window, zone, out _));
}
