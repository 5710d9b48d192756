using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Rest;
using NewsBot.Testing.Discord;

namespace NewsBot.Discord.Tests;

/// <summary>The Discord adapter's pieces wired by hand against a <see cref="FakeDiscordServer"/>.</summary>
internal sealed class DiscordHarness : IDisposable
{
    private readonly HttpClient _http;

    public DiscordHarness(FakeDiscordServer server, Action<DiscordOptions>? configure = null, string token = FakeDiscordServer.Token)
    {
        Options = new DiscordOptions
        {
            Token = token,
            ApplicationId = FakeDiscordServer.ApplicationId,
            ApiBaseUrl = server.ApiBaseUrl,
            GatewayUrl = server.GatewayUrl,
        };
        configure?.Invoke(Options);
        _http = new HttpClient();
        DiscordRestClient.Configure(_http, Options);
        Guard = new InvalidRequestGuard(Options.InvalidRequestBudget, TimeProvider.System);
        Global = new GlobalRateLimit(Options.GlobalRequestsPerSecond, TimeProvider.System);
        Limiter = new DiscordRateLimiter(Global, TimeProvider.System);
        Rest = new DiscordRestClient(_http, Limiter, Guard, Microsoft.Extensions.Options.Options.Create(Options), Lifetime, NullLogger<DiscordRestClient>.Instance);
    }

    public DiscordOptions Options { get; }

    public FakeLifetime Lifetime { get; } = new();

    public InvalidRequestGuard Guard { get; }

    public DiscordRateLimiter Limiter { get; }

    /// <summary>The limiter's bot-wide limit, for a test to see when a global 429 took hold.</summary>
    public GlobalRateLimit Global { get; }

    public DiscordRestClient Rest { get; }

    public IOptions<DiscordOptions> WrappedOptions => Microsoft.Extensions.Options.Options.Create(Options);

    public void Dispose() => _http.Dispose();

    internal sealed class FakeLifetime : IHostApplicationLifetime, IDisposable
    {
        private readonly CancellationTokenSource _stopping = new();

        public int StopRequests { get; private set; }

        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => _stopping.Token;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
            StopRequests++;
            _stopping.Cancel();
        }

        public void Dispose() => _stopping.Dispose();
    }
}
