using System.Globalization;

namespace NewsBot.Benchmarks.Memory;

/// <summary>The memory bench's command line: <c>memory [--subscriptions N] [--feeds N] [--articles N] [--rounds N] [--reload] [--modes]</c>.</summary>
internal sealed record MemoryOptions
{
    public int Subscriptions { get; init; } = 100_000;

    public int Feeds { get; init; } = 10_000;

    /// <summary>Articles in the story clusterer's window: the soak's 120 a minute for 40 minutes is 4,800.</summary>
    public int Articles { get; init; } = 5_000;

    /// <summary>Churn rounds after the build: each reads the store, matches 50 articles and groups 10.</summary>
    public int Rounds { get; init; } = 60;

    /// <summary>Read every active subscription from the store in each churn round, as the delivery run did every 10 s.</summary>
    public bool Reload { get; init; }

    /// <summary>Run once per GC configuration, each in a child process, and print a table.</summary>
    public bool Modes { get; init; }

    public const string Help = """
        memory [--subscriptions N] [--feeds N] [--articles N] [--rounds N] [--reload] [--modes]
          Live managed heap per long-lived part of `run`, then working set while churning.
          --subscriptions N  generated instant subscriptions (default 100000)
          --feeds N          Quartz poll jobs and triggers, one per feed (default 10000)
          --articles N       articles in the story clusterer's window (default 5000)
          --rounds N         churn rounds: each matches 50 articles and groups 10 (default 60)
          --reload           each round also reads every active subscription from the store
          --modes            once per GC configuration, each in a child process, as a table
        """;

    public static MemoryOptions Parse(IReadOnlyList<string> args)
    {
        var options = new MemoryOptions();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is "--modes" or "--reload")
            {
                options = args[i] == "--modes" ? options with { Modes = true } : options with { Reload = true };
                continue;
            }

            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"{args[i]} needs a value");
            }

            var value = int.Parse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture);
            options = args[i++] switch
            {
                "--subscriptions" => options with { Subscriptions = value },
                "--feeds" => options with { Feeds = value },
                "--articles" => options with { Articles = value },
                "--rounds" => options with { Rounds = value },
                var name => throw new ArgumentException($"unknown option {name}"),
            };
        }

        return options;
    }

    /// <summary>The arguments that give these options to a child run (without <c>--modes</c>).</summary>
    public IEnumerable<string> ChildArguments() =>
    [
        "memory",
        "--subscriptions", Subscriptions.ToString(CultureInfo.InvariantCulture),
        "--feeds", Feeds.ToString(CultureInfo.InvariantCulture),
        "--articles", Articles.ToString(CultureInfo.InvariantCulture),
        "--rounds", Rounds.ToString(CultureInfo.InvariantCulture),
        .. Reload ? ["--reload"] : Array.Empty<string>(),
    ];
}
