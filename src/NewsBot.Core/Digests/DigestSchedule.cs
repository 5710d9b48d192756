namespace NewsBot.Core.Digests;

/// <summary>
/// When a daily digest is due: at a wall-clock time in the subscriber's time zone. Across a daylight
/// saving change the wall-clock time is kept (08:00 stays 08:00, the UTC instant moves); a time that
/// does not exist that day (skipped by spring-forward) fires at the first instant after the gap; a time
/// that happens twice (fall-back) fires at the first of the two.
/// </summary>
public static class DigestSchedule
{
    /// <summary>The first digest time strictly after <paramref name="after"/>.</summary>
    public static DateTimeOffset NextAfter(DateTimeOffset after, TimeOnly at, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var localDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(after, zone).DateTime);
        for (var day = localDay.AddDays(-1); ; day = day.AddDays(1))
        {
            var candidate = ToInstant(day.ToDateTime(at), zone);
            if (candidate > after)
            {
                return candidate;
            }
        }
    }

    /// <summary>The digest time that came last at or before <paramref name="instant"/>: where the current window began.</summary>
    public static DateTimeOffset PreviousAtOrBefore(DateTimeOffset instant, TimeOnly at, TimeZoneInfo zone)
    {
        var next = NextAfter(instant, at, zone);
        var localDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(next, zone).DateTime);
        return ToInstant(localDay.AddDays(-1).ToDateTime(at), zone);
    }

    private static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            // Spring-forward gap: the wall clock jumps over this time; fire when the clock resumes.
            var probe = unspecified;
            while (zone.IsInvalidTime(probe))
            {
                probe = probe.AddMinutes(1);
            }

            return new DateTimeOffset(probe, zone.GetUtcOffset(probe));
        }

        if (zone.IsAmbiguousTime(unspecified))
        {
            // Fall-back: the time happens twice; the first is the one with the larger (summer) offset.
            var offset = zone.GetAmbiguousTimeOffsets(unspecified).Max();
            return new DateTimeOffset(unspecified, offset);
        }

        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }
}
