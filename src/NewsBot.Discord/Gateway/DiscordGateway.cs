using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Json;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// Keeps the bot connected to the gateway for as long as it runs: registers the slash commands, then connects,
/// and after every drop resumes the session (Identify only when Discord says the session is gone, since
/// identifies are limited to 1000 a day). Close codes that no reconnect can fix stop the bot with a clear error.
/// </summary>
internal sealed class DiscordGateway(
    DiscordRestClient rest,
    CommandRegistrar registrar,
    InteractionHandler interactions,
    GuildMembership guilds,
    DiscordMetrics metrics,
    IOptions<DiscordOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider timeProvider,
    ILogger<DiscordGateway> logger) : BackgroundService
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(60);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.RegisterCommands)
        {
            await registrar.RegisterAsync(stoppingToken).ConfigureAwait(false);
        }

        GatewaySession? session = null;
        Uri? gatewayUrl = settings.GatewayUrl;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            GatewayOutcome outcome;
            try
            {
                if (session is null)
                {
                    gatewayUrl = await BeforeIdentifyAsync(gatewayUrl, stoppingToken).ConfigureAwait(false);
                }

                gatewayUrl ??= new Uri((await rest.GetAsync("gateway/bot", DiscordJsonContext.Default.GatewayBotDto, stoppingToken).ConfigureAwait(false)).Url);
                var url = session?.ResumeUrl ?? gatewayUrl;
                Log.GatewayConnecting(logger, url.GetLeftPart(UriPartial.Path), session is null ? "identify" : "resume");
                using var connection = new GatewayConnection(settings, OnEventAsync, timeProvider, Random.Shared.NextDouble, logger, metrics);
                (outcome, session) = await connection.RunAsync(url, session, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (DiscordApiException ex) when (ex.Status == System.Net.HttpStatusCode.Unauthorized)
            {
                // The REST client has logged it and is stopping the bot.
                return;
            }
#pragma warning disable CA1031 // Whatever failed (DNS, TLS, a refused upgrade), the bot retries with backoff.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failures++;
                var wait = Backoff(failures);
                Log.GatewayConnectFailed(logger, wait.TotalSeconds, ex);
                await DelayAsync(wait, stoppingToken).ConfigureAwait(false);
                continue;
            }

            if (outcome.Next == GatewayNext.Stop)
            {
                var code = outcome.CloseCode ?? 0;
                Log.GatewayFatal(logger, code, GatewayCloseCodes.Meaning(code));
                lifetime.StopApplication();
                return;
            }

            failures = outcome.WasReady ? 0 : failures + 1;
            if (outcome.Next == GatewayNext.Identify)
            {
                session = null;

                // A new session after an invalid one: wait a moment, as Discord asks, so identifies do not pile up.
                var pause = TimeSpan.FromSeconds(1 + (4 * Random.Shared.NextDouble()));
                Log.GatewayLost(logger, outcome.Reason, $"identifying again in {pause.TotalSeconds:0.#} s");
                await DelayAsync(pause + (failures > 1 ? Backoff(failures) : TimeSpan.Zero), stoppingToken).ConfigureAwait(false);
            }
            else
            {
                var wait = failures > 1 ? Backoff(failures) : TimeSpan.Zero;
                Log.GatewayLost(logger, outcome.Reason, $"resuming in {wait.TotalSeconds:0.#} s");
                await DelayAsync(wait, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private Task OnEventAsync(string type, JsonElement data, long receivedAt) => type switch
    {
        "INTERACTION_CREATE" => interactions.HandleAsync(data, receivedAt, lifetime.ApplicationStopping),
        "GUILD_CREATE" => guilds.JoinedAsync(data, lifetime.ApplicationStopping),
        "GUILD_DELETE" => guilds.LeftAsync(data, lifetime.ApplicationStopping),
        _ => Task.CompletedTask,
    };

    /// <summary>
    /// Asks <c>GET /gateway/bot</c> how many identifies are left today before starting a new session: at none,
    /// identifying would get the token reset, so the bot waits for the count to reset instead.
    /// </summary>
    private async Task<Uri?> BeforeIdentifyAsync(Uri? gatewayUrl, CancellationToken cancellationToken)
    {
        var bot = await rest.GetAsync("gateway/bot", DiscordJsonContext.Default.GatewayBotDto, cancellationToken).ConfigureAwait(false);
        if (bot.SessionStartLimit is { Remaining: <= 0 } limit)
        {
            var wait = TimeSpan.FromMilliseconds(Math.Max(0, limit.ResetAfter));
            Log.IdentifyLimitReached(logger, limit.Total, wait);
            await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
        }

        return gatewayUrl ?? new Uri(bot.Url);
    }

    private static TimeSpan Backoff(int failures) =>
        TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, Math.Min(failures, 10) - 1)) * (0.5 + (Random.Shared.NextDouble() / 2)));

    private async Task DelayAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
