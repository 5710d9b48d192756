using System.Text;
using Microsoft.AspNetCore.Http;
using NewsBot.Testing.Http;

namespace NewsBot.Feeds.Tests.Fetching;

/// <summary>Loopback servers with the behaviours the fetching tests need.</summary>
internal static class FeedServer
{
    public const string Rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Loopback</title>
          <item><title>Première dépêche</title><link>/articles/1</link><guid>a-1</guid>
            <description>&lt;p&gt;Un premier texte.&lt;/p&gt;</description></item>
          <item><title>Deuxième dépêche</title><link>/articles/2</link><guid>a-2</guid>
            <description>Un second texte.</description></item>
        </channel></rss>
        """;

    public static Task<LoopbackHttpServer> StartAsync(RequestDelegate handler) =>
        LoopbackHttpServer.StartAsync(handler, CancellationToken.None);

    public static Task<LoopbackHttpServer> ServingAsync(string body, string contentType = "application/rss+xml") =>
        StartAsync(context => WriteAsync(context, body, contentType));

    public static async Task WriteAsync(HttpContext context, string body, string contentType = "application/rss+xml")
    {
        context.Response.ContentType = contentType;
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(body), context.RequestAborted);
    }

    /// <summary>Waits until the client goes away; a server that never answers.</summary>
    public static async Task HangAsync(HttpContext context)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client gave up, which is what the test waits for.
        }
    }
}
