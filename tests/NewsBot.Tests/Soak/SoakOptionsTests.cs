using NewsBot.Benchmarks.Soak;

namespace NewsBot.Tests.Soak;

public sealed class SoakOptionsTests
{
    [Fact]
    public void Parse_MemoryDetailAmongOtherOptions_TurnsItOnAndKeepsTheOthers()
    {
        var options = SoakOptions.Parse(["--feeds", "20", "--memory-detail", "--minutes", "2"]);

        Assert.True(options.MemoryDetail);
        Assert.Equal(20, options.Feeds);
        Assert.Equal(2, options.Minutes);
    }

    [Fact]
    public void Parse_WithoutMemoryDetail_LeavesItOff() =>
        Assert.False(SoakOptions.Parse(["--feeds", "20"]).MemoryDetail);
}
