using Microsoft.Extensions.DependencyInjection;
using NewsBot.Hosting;

namespace NewsBot.Cli;

/// <summary>What every verb needs from outside: its output streams and, in tests, a content root and fakes.</summary>
internal sealed record CliContext(TextWriter Output, TextWriter Error)
{
    public string? ContentRoot { get; init; }

    public Action<IServiceCollection>? ConfigureServices { get; init; }

    public HostSetup Host(IReadOnlyDictionary<string, string?>? overrides = null, bool scheduler = false, Microsoft.Extensions.Logging.LogLevel? minimumLogLevel = null) => new()
    {
        ContentRoot = ContentRoot,
        Output = Output,
        Overrides = overrides ?? new Dictionary<string, string?>(),
        Scheduler = scheduler,
        MinimumLogLevel = minimumLogLevel,
        ConfigureServices = ConfigureServices,
    };
}
