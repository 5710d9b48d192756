using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Testing.Feeds;

/// <summary>
/// An RSS feed of many small distinct items, newest first, each with its own GUID, link, date and
/// text (so no two are duplicates by any rule of the store), served with an ETag and 304s: the
/// "one busy feed" of issue 18; 50,000 items make 9.3 MB, under the default 10 MiB cap.
/// </summary>
public sealed class BigFeed
{
    private static readonly DateTimeOffset Newest = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    public BigFeed(int count, string prefix = "big")
    {
        Count = count;
        Prefix = prefix;
        var xml = new StringBuilder(count * 220);
        xml.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Busy wire</title>\n");
        for (var i = 0; i < count; i++)
        {
            var date = Newest.AddMinutes(-i).ToString("r", CultureInfo.InvariantCulture);
            xml.Append(CultureInfo.InvariantCulture, $"<item><guid>{prefix}-{i}</guid><title>Item {i}</title><link>http://b.example/{prefix}{i}</link>")
               .Append(CultureInfo.InvariantCulture, $"<pubDate>{date}</pubDate><description>Report {i}.</description></item>\n");
        }

        xml.Append("</channel></rss>");
        Body = Encoding.UTF8.GetBytes(xml.ToString());
    }

    public int Count { get; }

    public string Prefix { get; }

    public byte[] Body { get; }

    public string ETag => $"\"{Prefix}-{Count}\"";

    /// <summary>The GUID of item <paramref name="index"/> (0 is the newest).</summary>
    public string Id(int index) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}-{index}");

    /// <summary>Answers 304 to its own ETag, else the whole feed.</summary>
    public async Task ServeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.Headers.IfNoneMatch == ETag)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        context.Response.Headers.ETag = ETag;
        context.Response.ContentType = "application/rss+xml";
        await context.Response.Body.WriteAsync(Body, context.RequestAborted).ConfigureAwait(false);
    }
}
