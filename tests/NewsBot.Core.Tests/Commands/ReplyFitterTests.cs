using NewsBot.Core.Commands;

namespace NewsBot.Core.Tests.Commands;

public sealed class ReplyFitterTests
{
    private static readonly Reply Full = new()
    {
        Title = "Latest",
        Sections =
        [
            new ReplySection { Items = [new ReplyItem { Text = "a", Details = ["a1"] }, new ReplyItem { Text = "b", Details = ["b1", "b2", "b3"] }] },
            new ReplySection { Items = [new ReplyItem { Text = "c", Details = ["c1"] }] },
        ],
    };

    private static int Measure(Reply reply, int leftOut) =>
        reply.Sections.SelectMany(s => s.Items).Sum(i => 1 + i.Details.Count) + (leftOut > 0 ? 1 : 0);

    [Fact]
    public void Fit_AlreadySmallEnough_LeavesNothingOut()
    {
        var (fitted, leftOut) = ReplyFitter.Fit(Full, 100, Measure);

        Assert.Same(Full, fitted);
        Assert.Equal(0, leftOut);
    }

    [Fact]
    public void Fit_TooLong_DropsTheFullestItemsDetailsBeforeAnyItem()
    {
        var (fitted, leftOut) = ReplyFitter.Fit(Full, 6, Measure);

        Assert.Equal(0, leftOut);
        Assert.Equal(["a1", "b1", "c1"], fitted.Sections.SelectMany(s => s.Items).SelectMany(i => i.Details));
    }

    [Fact]
    public void Fit_NoDetailsLeft_DropsItemsFromTheEndAndCountsThem()
    {
        var (fitted, leftOut) = ReplyFitter.Fit(Full, 2, Measure);

        Assert.Equal(2, leftOut);
        Assert.Equal(["a"], fitted.Sections.SelectMany(s => s.Items).Select(i => i.Text));
        Assert.All(fitted.Sections.SelectMany(s => s.Items), i => Assert.Empty(i.Details));
    }

    [Fact]
    public void Fit_NothingLeftToDrop_ReturnsTheSmallest()
    {
        var (fitted, leftOut) = ReplyFitter.Fit(Full, 0, Measure);

        Assert.Equal(3, leftOut);
        Assert.All(fitted.Sections, s => Assert.Empty(s.Items));
    }
}
