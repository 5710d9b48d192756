namespace NewsBot.Core.Digests;

public enum DigestOutcome
{
    /// <summary>Posted one message with the window's stories.</summary>
    Sent,

    /// <summary>No story matched in the window; nothing was posted.</summary>
    NothingNew,

    /// <summary>This window's digest had gone out already.</summary>
    AlreadySent,

    /// <summary>The subscription is gone, paused or no longer a digest.</summary>
    NotADigest,
}
