namespace NewsBot.Core.Tests.Stories;

public sealed class BCubedTests
{
    [Fact]
    public void Score_PerfectGrouping_IsOne()
    {
        var score = BCubed.Score([1, 1, 2], ["a", "a", "b"]);

        Assert.Equal(1, score.Precision, 6);
        Assert.Equal(1, score.Recall, 6);
    }

    [Fact]
    public void Score_AllInOneGroup_LosesPrecisionNotRecall()
    {
        var score = BCubed.Score([1, 1, 1, 1], ["a", "a", "b", "b"]);

        Assert.Equal(0.5, score.Precision, 6);
        Assert.Equal(1, score.Recall, 6);
    }

    [Fact]
    public void Score_EventSplitInTwo_LosesRecallNotPrecision()
    {
        var score = BCubed.Score([1, 2], ["a", "a"]);

        Assert.Equal(1, score.Precision, 6);
        Assert.Equal(0.5, score.Recall, 6);
    }
}
