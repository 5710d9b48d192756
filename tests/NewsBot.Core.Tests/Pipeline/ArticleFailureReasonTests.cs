using NewsBot.Core.Pipeline;

namespace NewsBot.Core.Tests.Pipeline;

/// <summary>The stored reason of a failed article: bounded, and never a broken character at its cut.</summary>
public sealed class ArticleFailureReasonTests
{
    [Fact]
    public void Reason_MessageLongerThanTheBound_IsCutWithAMarkAndWithinIt()
    {
        var reason = ArticleFailureRecorder.Reason("analysis", new InvalidOperationException(new string('x', 5_000)));

        Assert.Equal(1_000, reason.Length);
        Assert.StartsWith("analysis: InvalidOperationException: xxx", reason, StringComparison.Ordinal);
        Assert.EndsWith("…", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reason_CutFallingInsideAnEmoji_KeepsNoHalfOfIt()
    {
        // Every other character of the message is half of a surrogate pair, so whatever the prefix's length the
        // cut lands on or next to one.
        var message = string.Concat(Enumerable.Repeat("a😀", 2_000));

        foreach (var step in new[] { "analysis", "story", "matching" })
        {
            var reason = ArticleFailureRecorder.Reason(step, new InvalidOperationException(message));

            Assert.True(reason.Length <= 1_000);
            Assert.False(char.IsHighSurrogate(reason[^2]), reason[^10..]);
            Assert.All(reason.Select((c, i) => (c, i)).Where(x => char.IsHighSurrogate(x.c)), x => Assert.True(char.IsLowSurrogate(reason[x.i + 1])));
        }
    }
}
