using System.IO.Compression;
using System.Text;
using Microsoft.Net.Http.Headers;
using NewsBot.Core.Feeds;
using NewsBot.Feeds.Tests.Support;

namespace NewsBot.Feeds.Tests.Fetching;

public sealed class CompressionTests
{
    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    [InlineData("deflate")]
    public async Task ReadAsync_CompressedResponse_Decompressed(string encoding)
    {
        var compressed = Compress(Encoding.UTF8.GetBytes(FeedServer.Rss), encoding);
        await using var server = await FeedServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/rss+xml";
            context.Response.Headers.ContentEncoding = encoding;
            await context.Response.Body.WriteAsync(compressed, context.RequestAborted);
        });
        await using var services = FeedsServices.Build();

        var result = await services.Reader().ReadAsync(FeedsServices.HttpFeed(server.Url("feed.xml")), ConditionalRequest.None, CancellationToken.None);

        Assert.Equal(["Première dépêche", "Deuxième dépêche"], result.ConvertAll().Select(item => item.Title));
        var acceptEncoding = server.Requests[0].Header(HeaderNames.AcceptEncoding) ?? string.Empty;
        Assert.Contains("gzip", acceptEncoding, StringComparison.Ordinal);
        Assert.Contains("deflate", acceptEncoding, StringComparison.Ordinal);
        Assert.Contains("br", acceptEncoding, StringComparison.Ordinal);
    }

    private static byte[] Compress(byte[] data, string encoding)
    {
        using var output = new MemoryStream();
        using (Stream compressor = encoding switch
        {
            "gzip" => new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true),
            "br" => new BrotliStream(output, CompressionLevel.Optimal, leaveOpen: true),
            _ => new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true),
        })
        {
            compressor.Write(data);
        }

        return output.ToArray();
    }
}
