using NewsBot.Core.Articles;

namespace NewsBot.Core.Tests.Articles;

public sealed class PublishedDateTests
{
    [Theory]
    [InlineData("2024-10", DatePrecision.Month, "2024-10")]
    [InlineData("2024-10-17", DatePrecision.Day, "2024-10-17")]
    [InlineData("2024", DatePrecision.Year, "2024")]
    [InlineData("2024-10-17T14:30:00+02:00", DatePrecision.Instant, "2024-10-17T12:30:00Z")]
    public void TryParse_KeepsThePrecisionTheSourceGave(string text, DatePrecision precision, string written)
    {
        Assert.True(PublishedDate.TryParse(text, out var date));
        Assert.Equal(precision, date!.Precision);
        Assert.Equal(written, date.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("octobre")]
    [InlineData("99")]
    public void TryParse_NotADate_ReturnsFalse(string text) => Assert.False(PublishedDate.TryParse(text, out _));
}
