using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml;

namespace NewsBot.Benchmarks.Soak;

/// <summary>
/// Writes a feed of the farm in its format, newest item first, with each article's paragraphs as HTML (so the
/// bot converts HTML to text as it does for real feeds).
/// </summary>
internal static class FarmDocument
{
    public static byte[] Write(FarmFormat format, int feed, FarmItem[] newestFirst, DateTimeOffset start, DateTimeOffset updated) => format switch
    {
        FarmFormat.Rss => Xml(writer => Rss(writer, feed, newestFirst, start, updated)),
        FarmFormat.Atom => Xml(writer => Atom(writer, feed, newestFirst, start, updated)),
        _ => Json(feed, newestFirst, start),
    };

    public static string ContentType(FarmFormat format) => format switch
    {
        FarmFormat.Rss => "application/rss+xml; charset=utf-8",
        FarmFormat.Atom => "application/atom+xml; charset=utf-8",
        _ => "application/feed+json; charset=utf-8",
    };

    private delegate void XmlBody(XmlWriter writer);

    private static byte[] Xml(XmlBody body)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            body(writer);
        }

        return stream.ToArray();
    }

    private static void Rss(XmlWriter w, int feed, FarmItem[] items, DateTimeOffset start, DateTimeOffset updated)
    {
        w.WriteStartElement("rss");
        w.WriteAttributeString("version", "2.0");
        w.WriteStartElement("channel");
        w.WriteElementString("title", Title(feed));
        w.WriteElementString("link", Home(feed));
        w.WriteElementString("description", "Loopback farm feed");
        w.WriteElementString("lastBuildDate", updated.ToString("r", CultureInfo.InvariantCulture));
        foreach (var item in items)
        {
            w.WriteStartElement("item");
            w.WriteElementString("title", item.Item.Title);
            w.WriteElementString("link", item.Item.Link!.AbsoluteUri);
            w.WriteStartElement("guid");
            w.WriteAttributeString("isPermaLink", "false");
            w.WriteString(item.Item.ExternalId);
            w.WriteEndElement();
            w.WriteElementString("pubDate", Published(item, start).ToString("r", CultureInfo.InvariantCulture));
            w.WriteStartElement("description");
            w.WriteCData(Html(item.Item.Text));
            w.WriteEndElement();
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Atom(XmlWriter w, int feed, FarmItem[] items, DateTimeOffset start, DateTimeOffset updated)
    {
        const string ns = "http://www.w3.org/2005/Atom";
        w.WriteStartElement("feed", ns);
        w.WriteElementString("title", ns, Title(feed));
        w.WriteElementString("id", ns, Home(feed));
        w.WriteElementString("updated", ns, updated.ToString("o", CultureInfo.InvariantCulture));
        foreach (var item in items)
        {
            w.WriteStartElement("entry", ns);
            w.WriteElementString("title", ns, item.Item.Title);
            w.WriteElementString("id", ns, "urn:farm:" + item.Item.ExternalId);
            w.WriteStartElement("link", ns);
            w.WriteAttributeString("href", item.Item.Link!.AbsoluteUri);
            w.WriteEndElement();
            var published = Published(item, start).ToString("o", CultureInfo.InvariantCulture);
            w.WriteElementString("published", ns, published);
            w.WriteElementString("updated", ns, published);
            w.WriteStartElement("content", ns);
            w.WriteAttributeString("type", "html");
            w.WriteString(Html(item.Item.Text));
            w.WriteEndElement();
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static byte[] Json(int feed, FarmItem[] items, DateTimeOffset start)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("version", "https://jsonfeed.org/version/1.1");
            w.WriteString("title", Title(feed));
            w.WriteString("home_page_url", Home(feed));
            w.WriteStartArray("items");
            foreach (var item in items)
            {
                w.WriteStartObject();
                w.WriteString("id", item.Item.ExternalId);
                w.WriteString("url", item.Item.Link!.AbsoluteUri);
                w.WriteString("title", item.Item.Title);
                w.WriteString("content_html", Html(item.Item.Text));
                w.WriteString("date_published", Published(item, start).ToString("o", CultureInfo.InvariantCulture));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static DateTimeOffset Published(FarmItem item, DateTimeOffset start) =>
        start + TimeSpan.FromSeconds(Math.Floor(item.AppearsAfterSeconds));

    private static string Title(int feed) => "Farm feed " + feed.ToString(CultureInfo.InvariantCulture);

    private static string Home(int feed) => "https://publisher.example/" + feed.ToString(CultureInfo.InvariantCulture) + "/";

    private static string Html(string text)
    {
        var html = new StringBuilder(text.Length + 64);
        foreach (var paragraph in text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>\n");
        }

        return html.ToString();
    }
}
