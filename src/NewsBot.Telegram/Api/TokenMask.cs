namespace NewsBot.Telegram.Api;

/// <summary>Keeps the bot token out of every message the client lets out (it sits in every request's path).</summary>
internal sealed class TokenMask(string token)
{
    public const string Placeholder = "<token>";

    public string Apply(string? text) =>
        string.IsNullOrEmpty(text) || token.Length == 0 ? text ?? string.Empty : text.Replace(token, Placeholder, StringComparison.Ordinal);

    /// <summary>The exception itself when no message in its chain holds the token; else null, so it is not kept as inner.</summary>
    public Exception? SafeInner(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (token.Length > 0 && (current.Message.Contains(token, StringComparison.Ordinal) || (current.StackTrace?.Contains(token, StringComparison.Ordinal) ?? false)))
            {
                return null;
            }
        }

        return exception;
    }
}
