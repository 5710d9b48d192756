namespace NewsBot.Benchmarks;

/// <summary>
/// The load average every bench prints beside its figures: the build machine is shared, so a figure means
/// little without how busy the machine was.
/// </summary>
internal static class MachineLoad
{
    /// <summary>The 1, 5 and 15-minute load averages, or "unknown" where the OS does not give them.</summary>
    public static string Average()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
        catch (UnauthorizedAccessException)
        {
            return "unknown";
        }
    }
}
