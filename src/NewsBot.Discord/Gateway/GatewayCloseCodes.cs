namespace NewsBot.Discord.Gateway;

/// <summary>What each gateway close code means for the next connection (opcodes-and-status-codes).</summary>
internal static class GatewayCloseCodes
{
    public static GatewayNext NextAfter(int code) => code switch
    {
        4004 or (>= 4010 and <= 4014) => GatewayNext.Stop,
        4007 or 4009 => GatewayNext.Identify,
        _ => GatewayNext.Resume,
    };

    public static string Meaning(int code) => code switch
    {
        4004 => "authentication failed: Discord:Token is wrong or was reset",
        4010 => "invalid shard: check Discord:ShardId and Discord:ShardCount",
        4011 => "sharding required: the bot is in too many guilds for one shard, raise Discord:ShardCount",
        4012 => "invalid API version",
        4013 => "invalid intents",
        4014 => "disallowed intents: a privileged intent is not enabled for this application",
        4007 => "invalid sequence",
        4009 => "session timed out",
        _ => "closed by Discord",
    };
}
