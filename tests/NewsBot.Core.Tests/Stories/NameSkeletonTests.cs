using NewsBot.Core.Stories;

namespace NewsBot.Core.Tests.Stories;

public sealed class NameSkeletonTests
{
    [Theory]
    [InlineData("koursk", "kursk")]
    [InlineData("tchernobyl", "chernobyl")]
    [InlineData("zelensky", "zelenskyy")]
    [InlineData("pyongyang", "pyongyang")]
    public void Of_FrenchAndEnglishTransliterations_AreOneSkeleton(string french, string english)
    {
        Assert.NotNull(NameSkeleton.Of(french));
        Assert.Equal(NameSkeleton.Of(french), NameSkeleton.Of(english));
    }

    [Theory]
    [InlineData("paris", "peres")]
    [InlineData("kursk", "kharkiv")]
    public void Of_DifferentNames_DifferOrAreTooShort(string first, string second)
    {
        var a = NameSkeleton.Of(first);
        Assert.True(a is null || a != NameSkeleton.Of(second));
    }
}
