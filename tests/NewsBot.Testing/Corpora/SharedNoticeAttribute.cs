using Xunit;

namespace NewsBot.Testing.Corpora;

/// <summary>
/// Marks a project's one notice test for its <see cref="SharedFactAttribute"/> tests. `dotnet test` lists
/// skipped tests by name only, never their reason; this test is skipped with the same reason and carries it in
/// its name, so the default output says once why that group was skipped.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedNoticeAttribute : FactAttribute
{
    public SharedNoticeAttribute()
    {
        if (SharedData.SkipReason is { } reason)
        {
            Skip = reason;
            DisplayName = $"Why the tests of this project that read ../shared are skipped: {reason}";
        }
    }
}
