using NewsBot.Core.Articles;
using NewsBot.Storage.Shared;

namespace NewsBot.Storage.Articles;

/// <summary>
/// A <see cref="PublishedDate"/> in three columns: the instant, the offset it was given in, and its
/// precision. The offset matters for dates: 2024-10-01T00:00+02:00 is still October where it was written.
/// </summary>
internal static class PublishedDateColumns
{
    public static (long? Value, long? OffsetMinutes, string? Precision) From(PublishedDate? date) =>
        date is null
            ? (null, null, null)
            : (UnixTime.ToMs(date.Value), (long)date.Value.Offset.TotalMinutes, ToText(date.Precision));

    public static PublishedDate? To(long? value, long? offsetMinutes, string? precision)
    {
        if (value is not { } ms || precision is null)
        {
            return null;
        }

        var instant = UnixTime.FromMs(ms).ToOffset(TimeSpan.FromMinutes(offsetMinutes ?? 0));
        return new PublishedDate(instant, FromText(precision));
    }

    private static string ToText(DatePrecision precision) => precision switch
    {
        DatePrecision.Year => "year",
        DatePrecision.Month => "month",
        DatePrecision.Day => "day",
        DatePrecision.Instant => "instant",
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, "Unknown date precision."),
    };

    private static DatePrecision FromText(string precision) => precision switch
    {
        "year" => DatePrecision.Year,
        "month" => DatePrecision.Month,
        "day" => DatePrecision.Day,
        "instant" => DatePrecision.Instant,
        _ => throw new InvalidOperationException($"Unknown published_precision '{precision}' in the database."),
    };
}
