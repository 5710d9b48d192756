using System.Diagnostics;

namespace NewsBot.Benchmarks.Memory;

/// <summary>
/// The memory bench once per GC configuration, each in a child process with the configuration in its
/// environment (the runtime reads DOTNET_ variables at start, as it reads runtimeconfig.json), so the
/// working sets compare the same state and the same churn.
/// </summary>
internal static class GcModes
{
    private static readonly (string Name, Dictionary<string, string> Environment)[] Modes =
    [
        ("workstation, concurrent (default)", []),
        ("workstation, not concurrent", new() { ["DOTNET_gcConcurrent"] = "0" }),
        ("workstation, conserve 5", new() { ["DOTNET_GCConserveMemory"] = "5" }),
        ("workstation, not concurrent, conserve 5", new() { ["DOTNET_gcConcurrent"] = "0", ["DOTNET_GCConserveMemory"] = "5" }),
        ("workstation, gen0 budget 4 MB", new() { ["DOTNET_GCgen0size"] = "400000" }),
        ("server (DATAS)", new() { ["DOTNET_gcServer"] = "1" }),
        ("workstation, no tiered compilation", new() { ["DOTNET_TieredCompilation"] = "0" }),
        ("workstation, no tiered PGO", new() { ["DOTNET_TieredPGO"] = "0" }),
    ];

    public static int Run(MemoryOptions options, TextWriter output)
    {
        output.WriteLine("| GC configuration | built: heap / working set MB | after churn: working set / peak MB | GC committed MB | collections gen0/1/2 |");
        output.WriteLine("|---|---|---|---|---|");
        foreach (var (name, environment) in Modes)
        {
            var lines = RunChild(options, environment);
            var built = lines.FirstOrDefault(l => l.StartsWith("built ", StringComparison.Ordinal));
            var churned = lines.FirstOrDefault(l => l.StartsWith("churned ", StringComparison.Ordinal));
            if (built is null || churned is null)
            {
                output.WriteLine($"| {name} | failed: {string.Join(" / ", lines.TakeLast(3))} | | | |");
                continue;
            }

            output.WriteLine($"| {name} | {Field(built, "heap-mb")} / {Field(built, "ws-mb")} | {Field(churned, "ws-mb")} / {Field(churned, "peak-ws-mb")} | {Field(churned, "gc-committed-mb")} | {Field(churned, "gcs")} |");
            foreach (var line in lines.Where(l => l.StartsWith("component ", StringComparison.Ordinal) || l.StartsWith('#')))
            {
                Console.Error.WriteLine(line);
            }
        }

        return 0;
    }

    private static List<string> RunChild(MemoryOptions options, Dictionary<string, string> environment)
    {
        var path = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var start = new ProcessStartInfo(path) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(path) == "dotnet")
        {
            start.ArgumentList.Add(typeof(GcModes).Assembly.Location);
        }

        foreach (var argument in options.ChildArguments())
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("the child did not start");
        var lines = new List<string>();
        while (process.StandardOutput.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        process.WaitForExit();
        return lines;
    }

    private static string Field(string line, string name)
    {
        var at = line.IndexOf(" " + name + "=", StringComparison.Ordinal);
        if (at < 0)
        {
            return "?";
        }

        var value = line[(at + name.Length + 2)..];
        var end = value.IndexOf(' ', StringComparison.Ordinal);
        return end < 0 ? value : value[..end];
    }
}
