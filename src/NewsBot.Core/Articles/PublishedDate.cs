using System.Globalization;

namespace NewsBot.Core.Articles;

/// <summary>
/// A publication date as precise as its source: a folder article may say only <c>2024-10</c>, a feed
/// item gives an instant. <see cref="ToString"/> writes it back at that precision.
/// </summary>
public sealed record PublishedDate(DateTimeOffset Value, DatePrecision Precision)
{
    public static PublishedDate FromInstant(DateTimeOffset value) => new(value, DatePrecision.Instant);

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c> or an ISO 8601 instant.</summary>
    public static bool TryParse(string? text, out PublishedDate? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim();
        var invariant = CultureInfo.InvariantCulture;
        if (s.Length == 4 && int.TryParse(s, NumberStyles.None, invariant, out var year) && year is >= 1900 and <= 2200)
        {
            date = new PublishedDate(new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero), DatePrecision.Year);
            return true;
        }

        if (DateTimeOffset.TryParseExact(s, "yyyy-MM", invariant, DateTimeStyles.AssumeUniversal, out var month))
        {
            date = new PublishedDate(month, DatePrecision.Month);
            return true;
        }

        if (DateTimeOffset.TryParseExact(s, "yyyy-MM-dd", invariant, DateTimeStyles.AssumeUniversal, out var day))
        {
            date = new PublishedDate(day, DatePrecision.Day);
            return true;
        }

        if (DateTimeOffset.TryParse(s, invariant, DateTimeStyles.AssumeUniversal, out var instant))
        {
            date = FromInstant(instant);
            return true;
        }

        return false;
    }

    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Value.ToString("yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => Value.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Day => Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
    };
}
