using Xunit;

namespace NewsBot.Testing.Corpora;

/// <summary>A fact that reads <c>../shared</c>: skipped, with the reason, on a clone that has none beside it.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        if (SharedData.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
