using System.Globalization;
using NewsBot.Hosting.Memory;
using NewsBot.Testing;

namespace NewsBot.Tests.Hosting;

public sealed class Gen0BudgetTests
{
    private const long Megabyte = 1024 * 1024;

    [Fact]
    public void WorthSaying_BudgetSizedFromALargeCacheAndNoSetting_IsSaid() =>
        Assert.True(Gen0Budget.WorthSaying(80 * Megabyte, variable: null));

    [Theory]
    [InlineData(16 * Megabyte, null)]
    [InlineData(6 * Megabyte, "")]
    [InlineData(80 * Megabyte, "0x5000000")]
    public void WorthSaying_UsualBudgetOrTheOperatorsOwnChoice_IsNotSaid(long budget, string? variable) =>
        Assert.False(Gen0Budget.WorthSaying(budget, variable));

    [Fact]
    public void RecommendedValue_IsTheRecommendedBudgetInTheRuntimesHexadecimal() =>
        Assert.Equal(Gen0Budget.Recommended, long.Parse(Gen0Budget.RecommendedValue[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture));

    [Fact]
    public void DockerImage_SetsTheRecommendedBudget()
    {
        var dockerfile = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "Dockerfile"));

        Assert.Contains($"ENV {Gen0Budget.Variable}={Gen0Budget.RecommendedValue}", dockerfile);
    }

    [Fact]
    public void Current_IsTheRuntimesOwnFigure() =>
        Assert.True(Gen0Budget.Current() > 0);
}
