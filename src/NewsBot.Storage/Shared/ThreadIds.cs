namespace NewsBot.Storage.Shared;

/// <summary>
/// "No thread" is stored as '' rather than NULL, because NULLs never collide in a UNIQUE key and the
/// channel keys of subscriptions and deliveries must.
/// </summary>
internal static class ThreadIds
{
    public static string ToColumn(string? threadId) => threadId ?? "";

    public static string? FromColumn(string threadId) => threadId.Length == 0 ? null : threadId;
}
