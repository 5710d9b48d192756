using System.Globalization;
using System.Text.Json.Nodes;

namespace NewsBot.Benchmarks.Soak;

/// <summary>
/// The GC, JIT and thread-pool settings <c>newsbot</c> ships in its runtimeconfig.json, as environment variables for the soak's bot
/// process: that process is this program (<c>soak-bot</c>), whose own runtimeconfig.json does not carry them, and
/// the runtime reads DOTNET_ variables as it reads runtimeconfig.json. A variable already set wins, so a run can
/// try another setting.
/// </summary>
internal static class BotRuntimeSettings
{
    private static readonly (string Property, string Variable)[] Known =
    [
        ("System.GC.Server", "DOTNET_gcServer"),
        ("System.GC.Concurrent", "DOTNET_gcConcurrent"),
        ("System.GC.ConserveMemory", "DOTNET_GCConserveMemory"),
        ("System.GC.RetainVM", "DOTNET_GCRetainVM"),
        ("System.Runtime.TieredPGO", "DOTNET_TieredPGO"),
        ("System.Runtime.TieredCompilation", "DOTNET_TieredCompilation"),
        ("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit", "DOTNET_ThreadPool_UnfairSemaphoreSpinLimit"),
    ];

    public static IReadOnlyDictionary<string, string> Read(string runtimeConfigPath)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(runtimeConfigPath)
            || JsonNode.Parse(File.ReadAllText(runtimeConfigPath))?["runtimeOptions"]?["configProperties"] is not JsonObject properties)
        {
            return variables;
        }

        foreach (var (property, variable) in Known)
        {
            if (properties[property] is JsonValue value && Environment.GetEnvironmentVariable(variable) is null)
            {
                // DOTNET_ GC numbers are read as hexadecimal.
                variables[variable] = value.TryGetValue<bool>(out var flag)
                    ? (flag ? "1" : "0")
                    : value.GetValue<long>().ToString("X", CultureInfo.InvariantCulture);
            }
        }

        return variables;
    }
}
