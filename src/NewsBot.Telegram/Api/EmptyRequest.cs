namespace NewsBot.Telegram.Api;

/// <summary>A method without parameters (<c>getMe</c>).</summary>
internal sealed record EmptyRequest;
