namespace NewsBot.Telegram.Api;

/// <summary>
/// One element of a <c>getUpdates</c> answer, read on its own so that one the bot cannot read never hides the
/// others. <see cref="Update"/> is null when it could not be read; <see cref="Error"/> then says why.
/// </summary>
internal sealed record ReceivedUpdate(long? UpdateId, Update? Update, string? Error)
{
    public static ReceivedUpdate Read(Update update) => new(update.UpdateId, update, null);

    public static ReceivedUpdate Unreadable(long? updateId, string error) => new(updateId, null, error);
}
