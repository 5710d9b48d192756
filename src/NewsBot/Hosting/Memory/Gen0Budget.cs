namespace NewsBot.Hosting.Memory;

/// <summary>
/// How much the GC lets the process allocate between two young collections (its gen0 budget), and the setting that
/// bounds it. The runtime sizes it from the CPU's largest cache: 80 MB on a host reporting a 260 MiB L3 (large
/// cloud CPUs do), where the bot's GC then kept ~70 MB more committed than on a 32 MiB-L3 host, its working set
/// 335 MB instead of 265 for the same live heap (docs/PERFORMANCE.md, Memory). Only the environment sets it:
/// runtimeconfig.json has no key for it (tried: <c>System.GC.Gen0Size</c>, <c>GCgen0size</c>; a heap hard limit
/// made it larger). The Docker image sets <see cref="Variable"/> to <see cref="RecommendedValue"/>.
/// </summary>
internal static class Gen0Budget
{
    /// <summary>The runtime's variable: read at start, in hexadecimal.</summary>
    public const string Variable = "DOTNET_GCgen0size";

    /// <summary>16 MiB: about what a host with a 32 MiB cache gets by default.</summary>
    public const long Recommended = 16 * 1024 * 1024;

    /// <summary><see cref="Recommended"/> as the variable takes it.</summary>
    public const string RecommendedValue = "0x1000000";

    /// <summary>This process's budget, in bytes; 0 where the runtime does not say.</summary>
    public static long Current() =>
        GC.GetConfigurationVariables().TryGetValue("GCGen0MaxBudget", out var value) && value is long bytes ? bytes : 0;

    /// <summary>
    /// Whether the operator should hear of it: the budget is over twice the recommended one and they did not choose it.
    /// </summary>
    public static bool WorthSaying(long budget, string? variable) => string.IsNullOrEmpty(variable) && budget > 2 * Recommended;
}
