using Microsoft.Extensions.DependencyInjection;

namespace NewsBot.Hosting;

/// <summary>How a verb wants its host: where the configuration is, what it overrides, whether the scheduler runs.</summary>
internal sealed record HostSetup
{
    /// <summary>Folder of appsettings.json; found from the current folder when null.</summary>
    public string? ContentRoot { get; init; }

    /// <summary>Standard output for alerts and reports; logs go to standard error.</summary>
    public required TextWriter Output { get; init; }

    /// <summary>Configuration values that win over appsettings.json and the environment (from command-line options).</summary>
    public IReadOnlyDictionary<string, string?> Overrides { get; init; } = new Dictionary<string, string?>();

    /// <summary>Start Quartz with the feed and delivery jobs (<c>run</c>); the other verbs drive the pipeline themselves.</summary>
    public bool Scheduler { get; init; }

    /// <summary>Lowest log level written to standard error.</summary>
    public Microsoft.Extensions.Logging.LogLevel? MinimumLogLevel { get; init; }

    /// <summary>Last word on the services; tests swap fakes in here.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }
}
