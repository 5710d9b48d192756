using NewsBot.Core.Articles;
using NewsBot.Feeds.Parsing;

namespace NewsBot.Feeds.Tests.Parsing;

public sealed class FeedDatesTests
{
    [Theory]
    [InlineData("Fri, 25 Oct 2024 08:30:00 GMT", "2024-10-25T08:30:00Z")]
    [InlineData("Fri, 25 Oct 2024 08:30:00 +0200", "2024-10-25T06:30:00Z")]
    [InlineData("25 Oct 2024 08:30 EDT", "2024-10-25T12:30:00Z")]
    [InlineData("Fri, 5 Oct 24 08:30:00 Z", "2024-10-05T08:30:00Z")]
    [InlineData("2024-10-25T08:30:00+02:00", "2024-10-25T06:30:00Z")]
    [InlineData("2024-10-25T08:30:00Z", "2024-10-25T08:30:00Z")]
    public void Parse_FeedDateForms_ReadAsUtcInstant(string text, string expected)
    {
        var date = FeedDates.Parse(text);

        Assert.NotNull(date);
        Assert.Equal(DatePrecision.Instant, date.Precision);
        Assert.Equal(expected, date.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("hier soir")]
    [InlineData("32 Foo 2024")]
    public void Parse_UnreadableDate_Null(string? text)
    {
        Assert.Null(FeedDates.Parse(text));
    }
}
