using System.Text;

namespace NewsBot.Feeds.Tests.Parsing;

/// <summary>Feed documents shaped like the ones publishers serve, for the parsing tests.</summary>
internal static class FeedDocuments
{
    public static readonly Uri FeedUrl = new("https://news.example.org/rubrique/monde/feed.xml");

    public const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"
             xmlns:content="http://purl.org/rss/1.0/modules/content/"
             xmlns:dc="http://purl.org/dc/elements/1.1/"
             xmlns:atom="http://www.w3.org/2005/Atom">
          <channel>
            <title>Le Monde &amp; ses voisins</title>
            <link>https://news.example.org/</link>
            <atom:link href="https://news.example.org/rubrique/monde/feed.xml" rel="self" type="application/rss+xml"/>
            <description>Actualités internationales</description>
            <item>
              <title>Corée du Nord : 10&#160;000 soldats &amp; des missiles</title>
              <link>/2024/10/25/coree-du-nord-soldats.html?utm_source=rss</link>
              <guid isPermaLink="false">urn:example:article:42</guid>
              <pubDate>Fri, 25 Oct 2024 08:30:00 +0200</pubDate>
              <dc:creator><![CDATA[Marie Dupont]]></dc:creator>
              <description><![CDATA[<p>Résumé court.</p>]]></description>
              <content:encoded><![CDATA[
                <p>Selon Séoul, jusqu’à 12&nbsp;000 soldats nord-coréens seraient en Russie.</p>
                <figure><img src="/img/soldats.jpg" alt="Des soldats"><figcaption>© Reuters</figcaption></figure>
                <p>Le Pentagone parle d’un déploiement «&#8239;relativement petit&#8239;».</p>
                <div class="share-buttons"><a href="#">Facebook</a> <a href="#">X</a></div>
                <p>Lire aussi : <a href="/autre">Un autre article</a></p>
                <script>track();</script>
              ]]></content:encoded>
            </item>
            <item>
              <title>Un article sans date</title>
              <link>https://news.example.org/2024/10/24/sans-date.html</link>
              <guid>https://news.example.org/2024/10/24/sans-date.html</guid>
              <description>Texte &lt;b&gt;gras&lt;/b&gt; et &amp;amp; entité.</description>
            </item>
            <item>
              <title>Seulement un guid permalien</title>
              <guid>https://news.example.org/2024/10/23/guid.html</guid>
              <dc:date>2024-10-23T06:00:00Z</dc:date>
              <author>redaction@example.org (La rédaction)</author>
              <description>Un texte.</description>
            </item>
          </channel>
        </rss>
        """;

    public const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example.net/base/">
          <title type="text">Example blog</title>
          <id>tag:blog.example.net,2024:feed</id>
          <updated>2024-10-25T10:00:00Z</updated>
          <author><name>Feed Author</name></author>
          <link rel="self" href="feed.atom"/>
          <entry xml:base="posts/">
            <title type="html">Troops &lt;em&gt;on the move&lt;/em&gt;</title>
            <id>tag:blog.example.net,2024:1</id>
            <link rel="alternate" type="text/html" href="troops.html"/>
            <link rel="enclosure" type="image/jpeg" href="/img/troops.jpg"/>
            <published>2024-10-24T18:00:00+02:00</published>
            <updated>2024-10-25T09:00:00Z</updated>
            <author><name>Jane Roe</name></author>
            <summary type="text">A short summary.</summary>
            <content type="html">&lt;p&gt;First &lt;b&gt;paragraph&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Second paragraph.&lt;/p&gt;</content>
          </entry>
          <entry>
            <title>Plain entry</title>
            <id>tag:blog.example.net,2024:2</id>
            <link href="/absolute-path.html"/>
            <updated>2024-10-23T09:00:00Z</updated>
            <content type="xhtml">
              <div xmlns="http://www.w3.org/1999/xhtml"><p>XHTML <strong>body</strong> text.</p><p>Second.</p></div>
            </content>
          </entry>
          <entry>
            <title type="text">Text content &amp; no date</title>
            <id>tag:blog.example.net,2024:3</id>
            <link rel="alternate" href="https://elsewhere.example.com/x"/>
            <content type="text">Line one &lt;not a tag&gt;.</content>
          </entry>
        </feed>
        """;

    public const string JsonFeed = """
        {
          "version": "https://jsonfeed.org/version/1.1",
          "title": "JSON news",
          "home_page_url": "https://json.example.com/",
          "feed_url": "https://json.example.com/feed.json",
          "authors": [{ "name": "Feed Team" }],
          "items": [
            {
              "id": "1",
              "url": "/posts/one",
              "title": "Seoul says 1,500 troops arrived",
              "content_html": "<p>Seoul&#x2019;s spies say <em>1,500</em> troops arrived.</p><nav>Home</nav>",
              "date_published": "2024-10-18T07:00:00+09:00",
              "authors": [{ "name": "Kim Min-ji" }, { "name": "Lee Joon" }]
            },
            {
              "id": 2,
              "url": "https://json.example.com/posts/two",
              "content_text": "A text-only post.\n\nWith a second paragraph.",
              "summary": "ignored when content exists"
            },
            {
              "id": "3",
              "external_url": "https://other.example.com/story",
              "title": 12,
              "summary": "Only a summary here.",
              "author": { "name": "JSON Feed 1.0 author" }
            }
          ]
        }
        """;

    public static ReadOnlyMemory<byte> Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
