using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace NewsBot.Testing.Http;

/// <summary>
/// A real HTTP server (Kestrel) on 127.0.0.1 and a free port, answering with a handler the test
/// gives. For protocol-level tests of anything that talks HTTP: feeds, and the Telegram and Discord
/// fakes. Requests are recorded so a test can check what the client sent. Over HTTPS when given a
/// certificate (<see cref="LoopbackServerOptions"/>).
/// </summary>
public sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests;

    private LoopbackHttpServer(WebApplication app, ConcurrentQueue<RecordedRequest> requests, Uri baseAddress)
    {
        _app = app;
        _requests = requests;
        BaseAddress = baseAddress;
    }

    /// <summary>http://127.0.0.1:{port}/, or https://… when the server has a certificate.</summary>
    public Uri BaseAddress { get; }

    /// <summary>What the server received so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    public static Task<LoopbackHttpServer> StartAsync(RequestDelegate handler, CancellationToken cancellationToken) =>
        StartAsync(handler, new LoopbackServerOptions(), cancellationToken);

    public static async Task<LoopbackHttpServer> StartAsync(RequestDelegate handler, LoopbackServerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (options.Certificate is { } certificate)
            {
                listen.UseHttps(certificate);
            }
        }));
        var app = builder.Build();
        var requests = new ConcurrentQueue<RecordedRequest>();
        if (options.RecordRequests)
        {
            app.Run(context =>
            {
                requests.Enqueue(RecordedRequest.From(context.Request));
                return handler(context);
            });
        }
        else
        {
            app.Run(handler);
        }

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new LoopbackHttpServer(app, requests, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    /// <summary>An address on this server, e.g. <c>Url("feed.xml")</c>.</summary>
    public Uri Url(string relative) => new(BaseAddress, relative);

    public async ValueTask DisposeAsync()
    {
        // Handlers that never answer (timeout tests) are aborted rather than waited for.
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(stop.Token).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
