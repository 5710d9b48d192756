namespace NewsBot.Discord.Messages;

/// <summary>How the bot posts in a channel: a message, or (forum and media channels) a new post, which is a thread.</summary>
internal enum ChannelKind
{
    Text,
    Forum,
}
