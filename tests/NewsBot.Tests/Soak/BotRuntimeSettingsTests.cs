using NewsBot.Benchmarks.Soak;

namespace NewsBot.Tests.Soak;

public sealed class BotRuntimeSettingsTests
{
    [Fact]
    public void Read_NewsbotsRuntimeConfig_GivesItsGcSettingsAsTheVariablesTheRuntimeReads()
    {
        var path = Path.Combine(Path.GetTempPath(), $"newsbot-{Guid.NewGuid():N}.runtimeconfig.json");
        File.WriteAllText(path, """
            { "runtimeOptions": { "configProperties": {
                "System.GC.ConserveMemory": 12,
                "System.GC.Concurrent": false,
                "System.Globalization.Invariant": false } } }
            """);
        try
        {
            var variables = BotRuntimeSettings.Read(path);

            // Hexadecimal, as the runtime reads DOTNET_GC numbers; settings that are not the GC's are left out.
            Assert.Equal(new Dictionary<string, string> { ["DOTNET_GCConserveMemory"] = "C", ["DOTNET_gcConcurrent"] = "0" }, variables);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_NoRuntimeConfig_GivesNothing() =>
        Assert.Empty(BotRuntimeSettings.Read(Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.json")));

    [Fact]
    public void Read_TheBuiltNewsbot_ConservesMemory() =>
        Assert.Equal("9", BotRuntimeSettings.Read(Path.Combine(AppContext.BaseDirectory, "newsbot.runtimeconfig.json"))["DOTNET_GCConserveMemory"]);

    [Fact]
    public void Read_TheBuiltNewsbot_TurnsProfileGuidedRecompilationOff() =>
        Assert.Equal("0", BotRuntimeSettings.Read(Path.Combine(AppContext.BaseDirectory, "newsbot.runtimeconfig.json"))["DOTNET_TieredPGO"]);

    [Fact]
    public void Read_TheBuiltNewsbot_KeepsIdleThreadPoolWorkersFromSpinning() =>
        Assert.Equal("0", BotRuntimeSettings.Read(Path.Combine(AppContext.BaseDirectory, "newsbot.runtimeconfig.json"))["DOTNET_ThreadPool_UnfairSemaphoreSpinLimit"]);
}
