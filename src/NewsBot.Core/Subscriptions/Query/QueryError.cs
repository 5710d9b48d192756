namespace NewsBot.Core.Subscriptions.Query;

/// <summary>Why a topic query cannot be used, in words a chat user understands, and where (1-based character).</summary>
public sealed record QueryError(string Message, int Position)
{
    public override string ToString() => Message;

    internal static QueryError At(string what, int index) => new($"{what} at {index + 1}", index + 1);
}
