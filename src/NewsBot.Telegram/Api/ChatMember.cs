namespace NewsBot.Telegram.Api;

/// <summary>A member's status in a chat (<c>getChatMember</c>, <c>my_chat_member</c>).</summary>
internal sealed record ChatMember
{
    public const string Creator = "creator";
    public const string Administrator = "administrator";
    public const string Member = "member";
    public const string Restricted = "restricted";
    public const string Left = "left";
    public const string Kicked = "kicked";

    /// <summary><c>creator</c>, <c>administrator</c>, <c>member</c>, <c>restricted</c>, <c>left</c> or <c>kicked</c>.</summary>
    public required string Status { get; init; }

    public User? User { get; init; }

    public bool? CanManageChat { get; init; }

    /// <summary>For <c>restricted</c>: whether the user is still in the chat.</summary>
    public bool? IsMember { get; init; }

    /// <summary>True for a status that lets the bot post (and receive) in the chat.</summary>
    public bool IsPresent => Status is Creator or Administrator or Member || (Status == Restricted && IsMember == true);
}
