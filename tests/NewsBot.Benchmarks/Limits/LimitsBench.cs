using System.Globalization;
using System.Text;
using NewsBot.Feeds.Html;
using NewsBot.Feeds.Parsing;

namespace NewsBot.Benchmarks.Limits;

/// <summary>
/// <c>limits</c>: the CPU time of one hostile item through the feed parser and the HTML conversion (issue
/// 18's target: at most 1 s each, whatever the nesting). Prints one line per input with its size, the
/// thread's CPU time (best of 3) and the length of the text that came out.
/// </summary>
internal static class LimitsBench
{
    private static readonly Uri FeedUrl = new("https://bench.example/feed.xml");

    public static int Run(string[] args)
    {
        _ = args;
        var cases = new (string Name, Func<string> Input, Func<string, int> Convert)[]
        {
            ("html: 200,000 nested <div>", () => Repeat("<div>", 200_000) + "Deep text." + Repeat("</div>", 200_000), Html),
            ("html: 100,000 unclosed <b><i>", () => "<p>Start " + Repeat("<b><i>x ", 100_000) + "end.</p>", Html),
            ("html: 4 M chars of flat paragraphs", () => Repeat("<p>A plain paragraph of an article.</p>", 100_000), Html),
            ("xml: 200,000 nested elements in an item", () => Rss("<description>Start " + Repeat("<x>", 200_000) + "deep" + Repeat("</x>", 200_000) + " end.</description>"), Xml),
            ("xml: 200,000 nested <item>s", () => Rss(Repeat("<item><title>Nested</title>", 200_000) + Repeat("</item>", 200_000)), Xml),
            ("xml: escaped 200,000 nested <div> in a description", () => Rss("<description>" + Repeat("&lt;div&gt;", 200_000) + "deep" + Repeat("&lt;/div&gt;", 200_000) + "</description>"), Xml),
        };

        var worst = TimeSpan.Zero;
        foreach (var (name, input, convert) in cases)
        {
            var text = input();
            var best = TimeSpan.MaxValue;
            var output = 0;
            for (var run = 0; run < 3; run++)
            {
                var start = ThreadCpuClock.Now;
                output = convert(text);
                var spent = ThreadCpuClock.Now - start;
                best = spent < best ? spent : best;
            }

            worst = best > worst ? best : worst;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-52} {text.Length,10:N0} chars  {best.TotalMilliseconds,8:F0} ms CPU  -> {output:N0} chars of text"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"worst {worst.TotalMilliseconds:F0} ms ({(ThreadCpuClock.IsCpuTime ? "thread CPU time" : "wall time")}); target <= 1000 ms per item"));
        return worst <= TimeSpan.FromSeconds(1) ? 0 : 1;
    }

    private static int Html(string html) => HtmlToText.FragmentToParagraphs(html).Sum(p => p.Length);

    private static int Xml(string xml) =>
        FeedDocumentParser.Parse(Encoding.UTF8.GetBytes(xml), FeedUrl, 100_000_000).Items.Sum(i => i.Text.Length + i.Title.Length);

    private static string Rss(string inside) =>
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Bench</title><item><guid>1</guid><title>Item</title>" + inside + "</item></channel></rss>";

    private static string Repeat(string s, int count) => new StringBuilder(s.Length * count).Insert(0, s, count).ToString();
}
