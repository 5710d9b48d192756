using Xunit;

namespace NewsBot.Testing.Platforms;

/// <summary>A fact about how Unix systems treat files (an open file may be unlinked): skipped, with the reason, on Windows.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Windows keeps an open file's name; it deletes the file when the process's handle closes, however the process ends.";
        }
    }
}
