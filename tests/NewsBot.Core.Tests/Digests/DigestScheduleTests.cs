using NewsBot.Core.Digests;
using NewsBot.Testing.Time;

namespace NewsBot.Core.Tests.Digests;

public sealed class DigestScheduleTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2024, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void NextAfter_BeforeTheTimeToday_IsToday()
    {
        var next = DigestSchedule.NextAfter(Utc(6, 10, 5), new TimeOnly(8, 0), Paris);

        Assert.Equal(Utc(6, 10, 6), next);
    }

    [Fact]
    public void NextAfter_ExactlyAtTheTime_IsTomorrow()
    {
        var next = DigestSchedule.NextAfter(Utc(6, 10, 6), new TimeOnly(8, 0), Paris);

        Assert.Equal(Utc(6, 11, 6), next);
    }

    [Fact]
    public void Daily_AcrossSpringForward_StaysAtEightLocal()
    {
        // Paris moves from UTC+1 to UTC+2 on 31 March 2024 at 02:00.
        var clock = new FakeTimeProvider(Utc(3, 29, 12));
        var fires = new List<DateTimeOffset>();
        for (var i = 0; i < 4; i++)
        {
            var next = DigestSchedule.NextAfter(clock.GetUtcNow(), new TimeOnly(8, 0), Paris);
            clock.Advance(next - clock.GetUtcNow());
            fires.Add(clock.GetUtcNow());
        }

        Assert.Equal([Utc(3, 30, 7), Utc(3, 31, 6), Utc(4, 1, 6), Utc(4, 2, 6)], fires);
        Assert.All(fires, f => Assert.Equal(8, TimeZoneInfo.ConvertTime(f, Paris).Hour));
    }

    [Fact]
    public void Daily_AcrossFallBack_StaysAtEightLocal()
    {
        // New York moves from UTC-4 to UTC-5 on 3 November 2024 at 02:00.
        var fires = new List<DateTimeOffset>();
        var now = Utc(11, 1, 20);
        for (var i = 0; i < 3; i++)
        {
            now = DigestSchedule.NextAfter(now, new TimeOnly(8, 0), NewYork);
            fires.Add(now);
        }

        Assert.Equal([Utc(11, 2, 12), Utc(11, 3, 13), Utc(11, 4, 13)], fires);
    }

    [Fact]
    public void NextAfter_TimeSkippedBySpringForward_FiresWhenTheClockResumes()
    {
        var next = DigestSchedule.NextAfter(Utc(3, 30, 23), new TimeOnly(2, 30), Paris);

        Assert.Equal(new DateTimeOffset(2024, 3, 31, 3, 0, 0, TimeSpan.FromHours(2)), next);
    }

    [Fact]
    public void NextAfter_TimeRepeatedByFallBack_FiresOnceAtTheFirst()
    {
        var first = DigestSchedule.NextAfter(Utc(10, 26, 12), new TimeOnly(2, 30), Paris);
        var second = DigestSchedule.NextAfter(first, new TimeOnly(2, 30), Paris);

        Assert.Equal(new DateTimeOffset(2024, 10, 27, 2, 30, 0, TimeSpan.FromHours(2)), first);
        Assert.Equal(new DateTimeOffset(2024, 10, 28, 2, 30, 0, TimeSpan.FromHours(1)), second);
    }

    [Fact]
    public void PreviousAtOrBefore_IsTheStartOfTheCurrentWindow()
    {
        var previous = DigestSchedule.PreviousAtOrBefore(Utc(6, 10, 5), new TimeOnly(8, 0), Paris);

        Assert.Equal(Utc(6, 9, 6), previous);
    }
}
