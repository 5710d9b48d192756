namespace NewsBot.Discord.Gateway;

/// <summary>What a Resume needs: the session from READY, where to resume it, and the last sequence number seen.</summary>
internal sealed class GatewaySession(string id, Uri resumeUrl)
{
    public string Id { get; } = id;

    public Uri ResumeUrl { get; } = resumeUrl;

    /// <summary>The last non-null <c>s</c>; sent in heartbeats and in Resume.</summary>
    public int? Sequence { get; set; }
}
