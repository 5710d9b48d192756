using System.Globalization;

namespace NewsBot.Benchmarks.Soak;

/// <summary>The soak's settings, from its command line (<see cref="Help"/> lists them with their defaults).</summary>
internal sealed record SoakOptions
{
    public int Feeds { get; init; } = 10_000;

    public int Subscriptions { get; init; } = 100_000;

    public int Channels { get; init; } = 5_000;

    public double Minutes { get; init; } = 15;

    public int Seed { get; init; } = 20261203;

    /// <summary>New articles appearing across the farm per minute.</summary>
    public double ItemsPerMinute { get; init; } = 120;

    /// <summary>Minutes between two polls of one feed (<c>Feeds:n:IntervalMinutes</c>).</summary>
    public int IntervalMinutes { get; init; } = 10;

    public double SlowShare { get; init; } = 0.05;

    public int SlowMilliseconds { get; init; } = 3_000;

    public double FailingShare { get; init; } = 0.02;

    /// <summary>Share of feeds that ignore If-None-Match / If-Modified-Since and always answer 200 with the whole feed.</summary>
    public double UnconditionalShare { get; init; } = 0.2;

    /// <summary>Items a feed document lists, newest first.</summary>
    public int ItemsPerFeed { get; init; } = 20;

    /// <summary>Requests in flight to one host (<c>FeedFetching:MaxConcurrentRequestsPerHost</c>): the farm is one host standing for thousands.</summary>
    public int PerHost { get; init; } = 32;

    /// <summary>Seconds given to the outbox after the feeds stop changing, before the lost/doubled check.</summary>
    public int DrainSeconds { get; init; } = 60;

    /// <summary>An Npgsql connection string: the bot runs on PostgreSQL instead of SQLite.</summary>
    public string? Postgres { get; init; }

    /// <summary>Run the bot in this process (the smoke test) instead of a child process of its own.</summary>
    public bool InProcess { get; init; }

    /// <summary>Print a second line each interval with where the bot's memory is (<see cref="Soak.MemoryDetail"/>).</summary>
    public bool MemoryDetail { get; init; }

    /// <summary>Seconds between two progress lines; 60 for the real run.</summary>
    public double ReportSeconds { get; init; } = 60;

    /// <summary>Where the SQLite database and the child's settings go; a new temporary folder when null.</summary>
    public string? WorkFolder { get; init; }

    public static string Help => """
        soak: the whole bot (`newsbot run` wiring) against a loopback feed farm and fake Discord and Telegram
        APIs that enforce their rate limits. Prints a line of figures every minute and a summary at the end,
        with the lost/doubled check of every (channel, story) alert against what the fakes received.

          --feeds N               feeds in the farm (10000)
          --subscriptions N       instant subscriptions (100000)
          --channels N            channels they are spread over, half Discord, half Telegram (5000)
          --minutes M             how long the feeds keep changing (15); then --drain seconds for the outbox
          --seed N                seeds the articles, the feeds' behaviours and the subscriptions (20261203)
          --items-per-minute R    new articles across the farm per minute (120)
          --interval-minutes N    poll interval of every feed (10)
          --slow SHARE            share of feeds that answer after --slow-ms (0.05)
          --slow-ms MS            (3000)
          --failing SHARE         share of feeds that answer 503 (0.02)
          --unconditional SHARE   share of feeds that never answer 304 (0.2)
          --items-per-feed N      items a feed document lists (20)
          --per-host N            FeedFetching:MaxConcurrentRequestsPerHost for the farm's one host (32)
          --drain SECONDS         outbox time after the last new article (60)
          --postgres CONNSTRING   run on PostgreSQL (a fresh, empty database) instead of SQLite
          --report-seconds S      seconds between progress lines (60)
          --work DIR              folder for the database and settings (a new temporary folder)
          --in-process            run the bot inside this process (figures then include the harness)
          --memory-detail         a second line per interval: GC committed, heap by generation, fragmentation,
                                  resident anonymous/file-backed, SQLite's allocator, threads
        """;

    public static SoakOptions Parse(IReadOnlyList<string> args)
    {
        var options = new SoakOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--in-process")
            {
                options = options with { InProcess = true };
                continue;
            }

            if (name == "--memory-detail")
            {
                options = options with { MemoryDetail = true };
                continue;
            }

            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"{name} needs a value");
            }

            var value = args[++i];
            options = name switch
            {
                "--feeds" => options with { Feeds = Int(value) },
                "--subscriptions" => options with { Subscriptions = Int(value) },
                "--channels" => options with { Channels = Int(value) },
                "--minutes" => options with { Minutes = Number(value) },
                "--seed" => options with { Seed = Int(value) },
                "--items-per-minute" => options with { ItemsPerMinute = Number(value) },
                "--interval-minutes" => options with { IntervalMinutes = Int(value) },
                "--slow" => options with { SlowShare = Number(value) },
                "--slow-ms" => options with { SlowMilliseconds = Int(value) },
                "--failing" => options with { FailingShare = Number(value) },
                "--unconditional" => options with { UnconditionalShare = Number(value) },
                "--items-per-feed" => options with { ItemsPerFeed = Int(value) },
                "--per-host" => options with { PerHost = Int(value) },
                "--drain" => options with { DrainSeconds = Int(value) },
                "--postgres" => options with { Postgres = value },
                "--report-seconds" => options with { ReportSeconds = Number(value) },
                "--work" => options with { WorkFolder = value },
                _ => throw new ArgumentException($"unknown option {name}"),
            };
        }

        if (options.Feeds < 1 || options.Channels < 2 || options.Subscriptions < 1 || options.Minutes <= 0 || options.ItemsPerMinute <= 0)
        {
            throw new ArgumentException("--feeds, --subscriptions and --minutes must be positive, --channels at least 2");
        }

        return options;
    }

    private static int Int(string value) => int.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture);

    private static double Number(string value) => double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);
}
