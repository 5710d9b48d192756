namespace NewsBot.Core.Articles;

/// <summary>How much of a publication date the source actually gave.</summary>
public enum DatePrecision
{
    Year,
    Month,
    Day,
    Instant,
}
