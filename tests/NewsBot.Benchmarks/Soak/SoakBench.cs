using System.Diagnostics;
using NewsBot.Benchmarks.Match;
using NewsBot.Testing;

namespace NewsBot.Benchmarks.Soak;

/// <summary>
/// <c>soak</c>: a simulated deployment (issue 20). See <see cref="SoakOptions.Help"/> and docs/PERFORMANCE.md.
/// Every loop is bounded by the run's length; the fakes and the farm only answer.
/// </summary>
internal static class SoakBench
{
    public static int Run(string[] args)
    {
        if (args.Contains("--help") || args.Contains("-h"))
        {
            Console.WriteLine(SoakOptions.Help);
            return 0;
        }

        SoakOptions options;
        try
        {
            options = SoakOptions.Parse(args);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
        {
            Console.Error.WriteLine("soak: " + ex.Message);
            Console.Error.WriteLine(SoakOptions.Help);
            return 2;
        }

        var result = RunAsync(options, Console.Out, CancellationToken.None).GetAwaiter().GetResult();
        return result.Verdict.Lost == 0 && result.Verdict.Doubled == 0 ? 0 : 1;
    }

    public static async Task<SoakResult> RunAsync(SoakOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var folder = options.WorkFolder ?? Path.Combine(Path.GetTempPath(), "newsbot-soak", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var seeds = Directory.GetFiles(RepositoryRoot.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var vocabulary = new Vocabulary(seeds, longTailNames: 20_000, new Random(options.Seed));
        var schedule = FarmSchedule.Create(options, new Generator(vocabulary, new Random(options.Seed + 1)));
        await output.WriteLineAsync(FormattableString.Invariant(
            $"# soak feeds={options.Feeds} subscriptions={options.Subscriptions} channels={options.Channels} minutes={options.Minutes} seed={options.Seed} articles={schedule.ItemCount} items/min={options.ItemsPerMinute} interval-min={options.IntervalMinutes} slow={options.SlowShare} failing={options.FailingShare} unconditional={options.UnconditionalShare} store={(options.Postgres is null ? "sqlite" : "postgres")} bot={(options.InProcess ? "in-process" : "child process")} gc-gen0size={(options.InProcess ? "default" : ChildBot.GenZeroBudgetSetting)} cores={Environment.ProcessorCount} load={MachineLoad.Average()} work={folder}")).ConfigureAwait(false);

        await using var platforms = await SoakPlatforms.StartAsync(options.Channels, cancellationToken).ConfigureAwait(false);
        var subscribing = Stopwatch.StartNew();
        await SoakSetup.SubscribeAsync(folder, options, new Generator(vocabulary, new Random(options.Seed + 2)), cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync(FormattableString.Invariant($"# {options.Subscriptions} subscriptions stored in {subscribing.Elapsed.TotalSeconds:0.0} s")).ConfigureAwait(false);

        await using var farm = await FeedFarm.StartAsync(schedule, options, cancellationToken).ConfigureAwait(false);
        await SoakSetup.WriteSettingsAsync(folder, options, farm, platforms, cancellationToken).ConfigureAwait(false);
        var database = new SoakDatabase(options.Postgres is null ? SoakSetup.SqliteFile(folder) : null, options.Postgres);
        var report = new SoakReport(output, options, farm, platforms, database);
        IBotHandle bot = options.InProcess
            ? new InProcessBot(await SoakBot.StartAsync(folder, cancellationToken).ConfigureAwait(false))
            : ChildBot.Start(folder);
        try
        {
            await report.RunAsync(bot, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await bot.DisposeAsync().ConfigureAwait(false);
        }

        var verdict = SoakCheck.Judge(
            await database.DeliveriesAsync(cancellationToken).ConfigureAwait(false),
            await database.StoriesByLinkAsync(cancellationToken).ConfigureAwait(false),
            platforms.Discord.Messages,
            platforms.Telegram.Messages);
        await output.WriteLineAsync(verdict.ToString()).ConfigureAwait(false);
        await output.WriteLineAsync("# load " + MachineLoad.Average()).ConfigureAwait(false);
        return new SoakResult(report.Last, verdict, farm.Counts);
    }
}
