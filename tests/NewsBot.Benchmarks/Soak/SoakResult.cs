namespace NewsBot.Benchmarks.Soak;

/// <summary>What a soak ends with: the bot's last figures (null if it never reported), the check, and the farm's answers.</summary>
internal sealed record SoakResult(BotStatsSnapshot? Bot, SoakVerdict Verdict, FarmCounts Farm);
