using NewsBot.Testing.Corpora;

namespace NewsBot.Core.Tests;

/// <summary>Says once, in `dotnet test`'s default output, why this project's tests of ../shared are skipped.</summary>
public sealed class SkippedGroups
{
    [SharedNotice]
    public static void SharedDataTests_RunWhenItIsBesideTheRepository() => Assert.Null(SharedData.SkipReason);
}
