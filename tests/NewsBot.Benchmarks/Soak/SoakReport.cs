using System.Diagnostics;
using System.Globalization;

namespace NewsBot.Benchmarks.Soak;

/// <summary>
/// Samples the bot, the farm, the fakes and the database every <see cref="SoakOptions.ReportSeconds"/> while the
/// feeds change and while the outbox drains after them, prints a line each time and a summary at the end.
/// </summary>
internal sealed class SoakReport(TextWriter output, SoakOptions options, FeedFarm farm, SoakPlatforms platforms, SoakDatabase database)
{
    private const int DeliveryIntervalSeconds = 10;
    private static readonly BotStatsSnapshot Nothing = new();
    private readonly List<SoakInterval> _intervals = [];

    /// <summary>The bot's last figures.</summary>
    public BotStatsSnapshot? Last { get; private set; }

    public async Task RunAsync(IBotHandle bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bot);
        var clock = Stopwatch.StartNew();
        var startUnixMs = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();
        var total = TimeSpan.FromMinutes(options.Minutes) + TimeSpan.FromSeconds(options.DrainSeconds);
        var previousBot = Nothing;
        var previousPlatforms = new PlatformCounts(0, 0, 0, 0);
        var previousTime = TimeSpan.Zero;
        var previousDue = (Discord: 0L, Telegram: 0L);
        var previousUnixMs = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();
        while (clock.Elapsed < total)
        {
            var wait = TimeSpan.FromSeconds(Math.Min(options.ReportSeconds, (total - clock.Elapsed).TotalSeconds));
            await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
            var now = clock.Elapsed;
            var nowUnixMs = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();
            var sample = await bot.SampleAsync(cancellationToken).ConfigureAwait(false) ?? Nothing;
            var sent = platforms.Count();
            var db = await database.CountAsync(previousUnixMs, cancellationToken).ConfigureAwait(false);
            var seconds = (now - previousTime).TotalSeconds;
            var discordRate = (sent.DiscordMessages - previousPlatforms.DiscordMessages) / seconds;
            var telegramRate = (sent.TelegramMessages - previousPlatforms.TelegramMessages) / seconds;
            var cpuShare = TimeSpan.FromTicks(sample.CpuTicks - previousBot.CpuTicks).TotalSeconds / seconds;

            var interval = new SoakInterval(
                now.TotalMinutes, cpuShare, sample.WorkingSetBytes, discordRate, telegramRate,
                Backlogged(previousDue.Discord, db.DueDiscord, SoakPlatforms.DiscordCeilingPerSecond),
                Backlogged(previousDue.Telegram, db.DueTelegram, SoakPlatforms.TelegramCeilingPerSecond), sample.LiveHeapBytes,
                sample.GroupingBytes);
            _intervals.Add(interval);
            await output.WriteLineAsync(Line(interval, sample, previousBot, sent, previousPlatforms, db)).ConfigureAwait(false);
            if (options.MemoryDetail && sample.Memory is { } memory)
            {
                await output.WriteLineAsync(DetailLine(interval, memory)).ConfigureAwait(false);
            }
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            (previousBot, previousPlatforms, previousTime, previousUnixMs) = (sample, sent, now, nowUnixMs);
            previousDue = (db.DueDiscord, db.DueTelegram);
            Last = sample;
        }

        var final = await database.CountAsync(0, cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync(Summary(Last ?? Nothing, platforms.Count(), final, clock.Elapsed)).ConfigureAwait(false);
        var endUnixMs = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();
        var times = await database.OutboxTimesAsync(endUnixMs, cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync(string.Join(Environment.NewLine,
            BacklogLine(times, SoakChannels.DiscordPlatform, SoakPlatforms.DiscordCeilingPerSecond, startUnixMs, endUnixMs),
            BacklogLine(times, SoakChannels.TelegramPlatform, SoakPlatforms.TelegramCeilingPerSecond, startUnixMs, endUnixMs),
            TelegramRefusals(platforms))).ConfigureAwait(false);
    }

    private string Line(SoakInterval interval, BotStatsSnapshot bot, BotStatsSnapshot before, PlatformCounts sent, PlatformCounts sentBefore, DatabaseCounts db)
    {
        var polls = bot.Polls - before.Polls;
        return FormattableString.Invariant(
            $"t={interval.EndMinutes:0.0}m polls={polls} 304={Share(bot.NotModified - before.NotModified, polls)} failed={bot.FailedPolls - before.FailedPolls} items-parsed={bot.ItemsParsed - before.ItemsParsed} articles={db.Articles} ") + FormattableString.Invariant(
            $"analysis-us={PerArticle(bot.AnalysisTicks - before.AnalysisTicks, bot.Analyzed - before.Analyzed, 10):0} grouping-ms={PerArticle(bot.GroupingTicks - before.GroupingTicks, bot.Grouped - before.Grouped, 10_000):0.00} matching-us={PerArticle(bot.MatchingTicks - before.MatchingTicks, bot.Matched - before.Matched, 10):0} ") + FormattableString.Invariant(
            $"queued alerts={db.Alerts} updates={db.Updates} due discord={db.DueDiscord} telegram={db.DueTelegram} dead={db.Dead} ") + FormattableString.Invariant(
            $"sent/s discord={interval.DiscordPerSecond:0.0} ({interval.DiscordPerSecond / SoakPlatforms.DiscordCeilingPerSecond:0%}) telegram={interval.TelegramPerSecond:0.0} ({interval.TelegramPerSecond / SoakPlatforms.TelegramCeilingPerSecond:0%}) 429 discord={sent.DiscordRefused - sentBefore.DiscordRefused} telegram={sent.TelegramRefused - sentBefore.TelegramRefused} ") + FormattableString.Invariant(
            $"latency-s p50={Percentile(db.SentLatenciesMs, 0.5) / 1000.0:0.0} p99={Percentile(db.SentLatenciesMs, 0.99) / 1000.0:0.0} ") + FormattableString.Invariant(
            $"cpu={interval.CpuShareOfOneCore:0%} ws-mb={Mb(bot.WorkingSetBytes)} peak-mb={Mb(bot.PeakWorkingSetBytes)} heap-mb={Mb(bot.ManagedHeapBytes)} live-mb={Mb(bot.LiveHeapBytes)} grouping-mb={Mb(bot.GroupingBytes)} open-stories={bot.OpenStories} term-objects={bot.TermObjects} cached-words={bot.CachedWords} db-mb={Mb(db.SizeBytes)} load={MachineLoad.Average().Split(' ')[0]}");
    }

    private static string DetailLine(SoakInterval interval, MemoryDetail memory)
    {
        var generations = string.Join('/', memory.GenerationBytes.Select(b => Mb(b).ToString(CultureInfo.InvariantCulture)));
        return FormattableString.Invariant(
            $"  t={interval.EndMinutes:0.0}m memory gc-committed-mb={Mb(memory.GcCommittedBytes)} gc-heap-mb={Mb(memory.GcHeapBytes)} fragmented-mb={Mb(memory.GcFragmentedBytes)} gen0/1/2/loh/poh-mb={generations} ") + FormattableString.Invariant(
            $"anonymous-mb={Mb(memory.AnonymousBytes)} file-mb={Mb(memory.FileBackedBytes)} shmem-mb={Mb(memory.SharedMemoryBytes)} sqlite-mb={Mb(memory.SqliteBytes)} sqlite-peak-mb={Mb(memory.SqliteHighwaterBytes)} threads={memory.Threads} malloc-used/free-mb={Mb(memory.MallocInUseBytes)}/{Mb(memory.MallocFreeBytes)} gen2={memory.Gen2Collections} trims={memory.HeapTrims} gc-pause-ms={memory.GcPause.TotalMilliseconds:0}");
    }

    private string Summary(BotStatsSnapshot bot, PlatformCounts sent, DatabaseCounts db, TimeSpan elapsed)
    {
        var warm = Math.Min(5, options.Minutes / 3);
        var steady = _intervals.Where(i => i.EndMinutes > warm).ToList();
        var discordBacklog = _intervals.Where(i => i.DiscordBacklog).Select(i => i.DiscordPerSecond).Order().ToList();
        var telegramBacklog = _intervals.Where(i => i.TelegramBacklog).Select(i => i.TelegramPerSecond).Order().ToList();
        var memory = steady.Select(i => (double)i.WorkingSetBytes).ToList();
        var farmCounts = farm.Counts;
        return string.Join(Environment.NewLine,
            FormattableString.Invariant($"summary minutes={elapsed.TotalMinutes:0.0} (feeds changing {options.Minutes}, drain {options.DrainSeconds} s) warm-up={warm:0.#} min"),
            FormattableString.Invariant($"  polls={bot.Polls} ({bot.Polls / elapsed.TotalMinutes:0}/min; {options.Feeds / (double)options.IntervalMinutes:0}/min configured) 304-share={Share(bot.NotModified, bot.Polls)} failed={bot.FailedPolls} items-parsed={bot.ItemsParsed} farm: requests={farmCounts.Requests} 304={farmCounts.NotModified} 200={farmCounts.Full} 503={farmCounts.Failed} slow={farmCounts.Slow}"),
            FormattableString.Invariant($"  articles stored={db.Articles} analysed={bot.Analyzed} analysis-us={PerArticle(bot.AnalysisTicks, bot.Analyzed, 10):0} (thread CPU) grouping-ms={PerArticle(bot.GroupingTicks, bot.Grouped, 10_000):0.00} (wall, with its database calls) matching-us={PerArticle(bot.MatchingTicks, bot.Matched, 10):0} (thread CPU)"),
            FormattableString.Invariant($"  queued alerts={db.Alerts} updates={db.Updates}; still due discord={db.DueDiscord} telegram={db.DueTelegram}; dead={db.Dead}"),
            FormattableString.Invariant($"  sent discord={sent.DiscordMessages} telegram={sent.TelegramMessages}; 429s discord={sent.DiscordRefused} telegram={sent.TelegramRefused}"),
            FormattableString.Invariant($"  with a backlog, median sent/s discord={Median(discordBacklog):0.0} ({Median(discordBacklog) / SoakPlatforms.DiscordCeilingPerSecond:0%} of {SoakPlatforms.DiscordCeilingPerSecond}/s, {discordBacklog.Count} intervals) telegram={Median(telegramBacklog):0.0} ({Median(telegramBacklog) / SoakPlatforms.TelegramCeilingPerSecond:0%} of {SoakPlatforms.TelegramCeilingPerSecond}/s, {telegramBacklog.Count} intervals)"),
            FormattableString.Invariant($"  latency-s (queued to sent, every sent row) p50={Percentile(db.SentLatenciesMs, 0.5) / 1000.0:0.0} p99={Percentile(db.SentLatenciesMs, 0.99) / 1000.0:0.0} rows={db.SentLatenciesMs.Count}"),
            FormattableString.Invariant($"  cpu of one core: whole run {TimeSpan.FromTicks(bot.CpuTicks).TotalSeconds / elapsed.TotalSeconds:0%}, after warm-up median {Median(steady.Select(i => i.CpuShareOfOneCore).Order().ToList()):0%}; analysis+matching {TimeSpan.FromTicks(bot.AnalysisTicks + bot.MatchingTicks).TotalSeconds / elapsed.TotalSeconds:0.0%} of one core"),
            FormattableString.Invariant($"  memory peak-ws-mb={Mb(bot.PeakWorkingSetBytes)}; after warm-up ws-mb first={Mb(memory.FirstOrDefault())} min={Mb(memory.DefaultIfEmpty().Min())} max={Mb(memory.DefaultIfEmpty().Max())} last={Mb(memory.LastOrDefault())} slope-mb/h={Slope(steady, i => i.WorkingSetBytes):0}; live heap after full collections first={Mb(steady.FirstOrDefault()?.LiveHeapBytes ?? 0)} max={Mb(steady.Select(i => i.LiveHeapBytes).DefaultIfEmpty().Max())} last={Mb(steady.LastOrDefault()?.LiveHeapBytes ?? 0)} slope-mb/h={Slope(steady, i => i.LiveHeapBytes):0}; grouping first={Mb(steady.FirstOrDefault()?.GroupingBytes ?? 0)} last={Mb(steady.LastOrDefault()?.GroupingBytes ?? 0)} slope-mb/h={Slope(steady, i => i.GroupingBytes):0}; working set less grouping slope-mb/h={Slope(steady, i => i.WorkingSetBytes - i.GroupingBytes):0}, live heap less grouping slope-mb/h={Slope(steady, i => i.LiveHeapBytes - i.GroupingBytes):0}"),
            FormattableString.Invariant($"  db-mb={Mb(db.SizeBytes)}"));
    }

    // The target's own reading of "while there is backlog": short windows with rows queued throughout, from the
    // outbox's timestamps (BacklogWindows), beside the minute lines above.
    private static string BacklogLine(IReadOnlyList<OutboxRowTimes> rows, string platform, int ceiling, long fromMs, long toMs)
    {
        var rates = BacklogWindows.Rates(rows, platform, ceiling, fromMs, toMs).Order().ToList();
        var p10 = rates.Count == 0 ? 0 : rates[(int)Math.Floor(0.1 * (rates.Count - 1))];
        return FormattableString.Invariant(
            $"  backlog windows {platform}: {rates.Count} of {BacklogWindows.Length.TotalSeconds:0} s ({rates.Count * BacklogWindows.Length.TotalMinutes:0.0} min) with >= {ceiling * BacklogWindows.Length.TotalSeconds:0} rows queued throughout; sent/s median={Median(rates):0.0} ({Median(rates) / ceiling:0%} of {ceiling}/s) p10={p10:0.0} ({p10 / ceiling:0%})");
    }

    private static string TelegramRefusals(SoakPlatforms platforms)
    {
        var telegram = platforms.Telegram;
        return FormattableString.Invariant(
            $"  telegram 429s by limit: bot-wide={telegram.FloodViolationsBotWide} per-chat={telegram.FloodViolationsPerChat} per-group={telegram.FloodViolationsPerGroup}");
    }

    // A platform had a backlog over an interval when, at its start and at its end, more rows were due for it than
    // its ceiling lets through in one run of the delivery job (every 10 s as shipped): the platform, not the
    // arrival of alerts, was what held them.
    private static bool Backlogged(long dueAtStart, long dueAtEnd, int ceilingPerSecond) =>
        Math.Min(dueAtStart, dueAtEnd) > ceilingPerSecond * DeliveryIntervalSeconds;

    // Least-squares slope of a memory figure over time, in MB per hour: memory that is flat after warm-up gives ~0.
    private static double Slope(List<SoakInterval> intervals, Func<SoakInterval, long> bytes)
    {
        if (intervals.Count < 2)
        {
            return 0;
        }

        var meanX = intervals.Average(i => i.EndMinutes);
        var meanY = intervals.Average(i => bytes(i) / 1048576.0);
        var num = intervals.Sum(i => (i.EndMinutes - meanX) * ((bytes(i) / 1048576.0) - meanY));
        var den = intervals.Sum(i => (i.EndMinutes - meanX) * (i.EndMinutes - meanX));
        return den == 0 ? 0 : num / den * 60;
    }

    private static string Share(long part, long whole) => whole == 0 ? "-" : (part / (double)whole).ToString("0%", CultureInfo.InvariantCulture);

    private static double PerArticle(long ticks, long count, long ticksPerUnit) => count == 0 ? 0 : ticks / (double)count / ticksPerUnit;

    private static double Median(List<double> sorted) => sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];

    private static long Percentile(IReadOnlyList<long> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1))];

    private static long Mb(double bytes) => (long)Math.Round(bytes / 1048576);
}
