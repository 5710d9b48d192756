using System.IO.Compression;
using System.Text;
using NewsBot.Core.Feeds;
using NewsBot.Feeds.Tests.Support;

namespace NewsBot.Feeds.Tests.Fetching;

/// <summary>Servers that attack the reader rather than fail: slow, inflating, entity-laden.</summary>
public sealed class HostileServerTests
{
    [Fact]
    public async Task ReadAsync_ServerTricklesAByteASecond_StoppedByTheTotalDeadline()
    {
        // Each byte arrives well within any per-read timeout; only a deadline on the whole read stops it.
        await using var server = await FeedServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/rss+xml";
            var body = Encoding.UTF8.GetBytes(FeedServer.Rss);
            try
            {
                for (var i = 0; i < 120 && !context.RequestAborted.IsCancellationRequested; i++)
                {
                    await context.Response.Body.WriteAsync(body.AsMemory(i % body.Length, 1), context.RequestAborted);
                    await context.Response.Body.FlushAsync(context.RequestAborted);
                    await Task.Delay(TimeSpan.FromSeconds(1), context.RequestAborted);
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException)
            {
                // The client gave up, as it should.
            }
        });

        var error = await HttpFailureTests.ReadExpectingFailureAsync(server.Url("feed.xml"), new Dictionary<string, string?> { ["FeedFetching:TimeoutSeconds"] = "2" });

        Assert.Equal(FeedReadFailure.Timeout, error.Failure);
        Assert.Contains("FeedFetching:TimeoutSeconds", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_SmallBrotliThatInflatesPastTheCap_Refused()
    {
        using var compressed = new MemoryStream();
        await using (var brotli = new BrotliStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var chunk = new byte[1024 * 1024];
            Array.Fill(chunk, (byte)' ');
            for (var i = 0; i < 50; i++)
            {
                await brotli.WriteAsync(chunk);
            }
        }

        var body = compressed.ToArray();
        await using var server = await FeedServer.StartAsync(async context =>
        {
            context.Response.Headers.ContentEncoding = "br";
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        });

        var error = await HttpFailureTests.ReadExpectingFailureAsync(server.Url("bomb.xml"));

        Assert.True(body.Length < 64 * 1024);
        Assert.Equal(FeedReadFailure.TooLarge, error.Failure);
    }

    [Fact]
    public async Task ReadAsync_EntityExpansion_RefusedWithoutExpanding()
    {
        const string bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [
              <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
              <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
              <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
              <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
              <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
            ]>
            <rss version="2.0"><channel><item><title>&e;</title></item></channel></rss>
            """;
        await using var server = await FeedServer.ServingAsync(bomb);

        var error = await HttpFailureTests.ReadExpectingFailureAsync(server.Url("feed.xml"));

        Assert.Equal(FeedReadFailure.Malformed, error.Failure);
        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("aaaa", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_ExternalEntityToEtcPasswd_RefusedWithoutReadingTheFile()
    {
        const string xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><item><title>Leak: &secret;</title><description>x</description></item></channel></rss>
            """;
        await using var server = await FeedServer.ServingAsync(xxe);

        var error = await HttpFailureTests.ReadExpectingFailureAsync(server.Url("feed.xml"));

        Assert.Equal(FeedReadFailure.Malformed, error.Failure);
        Assert.DoesNotContain("root:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_ExternalEntityInAttributeFreeFeed_NoFileContentInItems()
    {
        // A DTD that declares an external entity nobody references: the feed is read, the file never is.
        const string feed = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><item><title>Plain title</title><description>Body text.</description></item></channel></rss>
            """;
        await using var server = await FeedServer.ServingAsync(feed);
        await using var services = FeedsServices.Build();

        var result = await services.Reader().ReadAsync(FeedsServices.HttpFeed(server.Url("feed.xml")), ConditionalRequest.None, CancellationToken.None);

        var item = Assert.Single(result.ConvertAll());
        Assert.Equal("Plain title", item.Title);
        Assert.DoesNotContain("root:", item.Text, StringComparison.Ordinal);
    }
}
