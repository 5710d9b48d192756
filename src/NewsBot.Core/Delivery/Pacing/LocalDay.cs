namespace NewsBot.Core.Delivery.Pacing;

/// <summary>Where local days start, as instants.</summary>
internal static class LocalDay
{
    /// <summary>The start of the local day that contains <paramref name="instant"/>.</summary>
    public static DateTimeOffset StartOf(DateTimeOffset instant, TimeZoneInfo zone) =>
        Midnight(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime), zone);

    /// <summary>The start of the local day after the one that contains <paramref name="instant"/>.</summary>
    public static DateTimeOffset StartOfNext(DateTimeOffset instant, TimeZoneInfo zone) =>
        Midnight(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime).AddDays(1), zone);

    private static DateTimeOffset Midnight(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);

        // Where a DST change skips midnight (e.g. America/Santiago), the day starts at the first local time that exists.
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
