using System.IO.Compression;
using NewsBot.Core.Feeds;
using NewsBot.Feeds.Fetching;

namespace NewsBot.Feeds.Tests.Fetching;

public sealed class ResponseSizeTests
{
    private const int FiftyMegabytes = 50 * 1024 * 1024;

    [Fact]
    public async Task ReadAsync_FiftyMegabyteBodyWithoutLength_RefusedAsTooLarge()
    {
        await using var server = await FeedServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/rss+xml";
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)' ');
            try
            {
                for (var sent = 0; sent < FiftyMegabytes && !context.RequestAborted.IsCancellationRequested; sent += chunk.Length)
                {
                    await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException)
            {
                // The client hung up after the cap, as it should.
            }
        });

        var error = await HttpFailureTests.ReadExpectingFailureAsync(server.Url("big.xml"));

        Assert.Equal(FeedReadFailure.TooLarge, error.Failure);
    }

    [Fact]
    public async Task ReadAsync_EndlessBody_StopsReadingJustPastTheCap()
    {
        // Kestrel silently accepts writes after the client hangs up, so what the client read is
        // measured on the stream itself.
        await using var endless = new EndlessStream();

        var error = await Assert.ThrowsAsync<FeedReadException>(() =>
            CappedBody.ReadAsync(endless, 1024 * 1024, new Uri("https://example.org/feed"), null, CancellationToken.None));

        Assert.Equal(FeedReadFailure.TooLarge, error.Failure);
        Assert.InRange(endless.BytesRead, 1024 * 1024, (1024 * 1024) + (128 * 1024));
    }

    [Fact]
    public async Task ReadAsync_DeclaredLengthOverTheCap_RefusedBeforeReadingTheBody()
    {
        await using var server = await FeedServer.StartAsync(async context =>
        {
            context.Response.ContentLength = FiftyMegabytes;
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await FeedServer.HangAsync(context);
        });

        var error = await HttpFailureTests.ReadExpectingFailureAsync(server.Url("big.xml"));

        Assert.Equal(FeedReadFailure.TooLarge, error.Failure);
    }

    [Fact]
    public async Task ReadAsync_SmallGzipThatInflatesPastTheCap_Refused()
    {
        using var compressed = new MemoryStream();
        await using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var chunk = new byte[1024 * 1024];
            Array.Fill(chunk, (byte)' ');
            for (var i = 0; i < 50; i++)
            {
                await gzip.WriteAsync(chunk);
            }
        }

        var body = compressed.ToArray();
        await using var server = await FeedServer.StartAsync(async context =>
        {
            context.Response.Headers.ContentEncoding = "gzip";
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        });

        var error = await HttpFailureTests.ReadExpectingFailureAsync(server.Url("bomb.xml"));

        Assert.True(body.Length < 1024 * 1024);
        Assert.Equal(FeedReadFailure.TooLarge, error.Failure);
    }
}
