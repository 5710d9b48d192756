using NewsBot.Core.Commands.Subscribe;

namespace NewsBot.Core.Tests.Commands.Subscribe;

public sealed class TimeOfDayTests
{
    [Theory]
    [InlineData("08:00", 8, 0)]
    [InlineData("8:05", 8, 5)]
    [InlineData("23:59", 23, 59)]
    [InlineData("7h", 7, 0)]
    [InlineData("7h30", 7, 30)]
    [InlineData("8am", 8, 0)]
    [InlineData("12am", 0, 0)]
    [InlineData("6:30pm", 18, 30)]
    public void Parse_CommonWritings_ReadTheTime(string text, int hour, int minute)
    {
        Assert.Equal(new TimeOnly(hour, minute), TimeOfDay.Parse(text));
    }

    [Theory]
    [InlineData("24:00")]
    [InlineData("8:60")]
    [InlineData("8:5")]
    [InlineData("13pm")]
    [InlineData("noon")]
    [InlineData("")]
    public void Parse_NotATime_IsNull(string text)
    {
        Assert.Null(TimeOfDay.Parse(text));
    }
}
