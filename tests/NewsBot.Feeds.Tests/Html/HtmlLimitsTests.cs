using System.Text;
using NewsBot.Feeds.Html;

namespace NewsBot.Feeds.Tests.Html;

/// <summary>
/// Hostile nesting (issue 18): the output is asserted here; the time each takes is measured by
/// <c>dotnet run --project tests/NewsBot.Benchmarks -c Release -- limits</c>, not by a timed test.
/// </summary>
public sealed class HtmlLimitsTests
{
    private static string Repeat(string s, int count) => new StringBuilder(s.Length * count).Insert(0, s, count).ToString();

    [Fact]
    public void FragmentToParagraphs_200000NestedDivs_KeepsTheTextFlat()
    {
        var html = Repeat("<div>", 200_000) + "Deep text." + Repeat("</div>", 200_000) + "<p>After.</p>";

        var paragraphs = HtmlToText.FragmentToParagraphs(html);

        Assert.Equal(["Deep text.", "After."], paragraphs);
    }

    [Fact]
    public void FragmentToParagraphs_100000UnclosedBoldItalic_KeepsEveryWord()
    {
        var html = "<p>Start " + Repeat("<b><i>x ", 100_000) + "end.</p>";

        var text = string.Join(' ', HtmlToText.FragmentToParagraphs(html));

        Assert.StartsWith("Start x x x", text, StringComparison.Ordinal);
        Assert.EndsWith("x end.", text, StringComparison.Ordinal);
        Assert.Equal(100_000, text.Split(' ').Count(w => w == "x"));
    }

    [Fact]
    public void PageToParagraphs_DeepNestingInsideAnArticle_StillFindsTheArticle()
    {
        var html = "<html><body><nav>Menu</nav><article><h1>Title</h1>" + Repeat("<section>", 50_000) + "<p>Body text of the article.</p>"
            + Repeat("</section>", 50_000) + "</article></body></html>";

        var paragraphs = HtmlToText.PageToParagraphs(html);

        Assert.Equal(["Title", "Body text of the article."], paragraphs);
    }

    [Fact]
    public void Apply_RealisticMarkup_LeftAsItIs()
    {
        const string html = """
            <div class="a"><p>One <b>bold</b> <a href="/x?a=1&b='2'">link</a></p><ul><li>a<li>b</ul>
            <script>if (a < b && c > d) { x = "</div>"; }</script><!-- <div> --><img src=x.png alt="a > b"><br/><p>Two</div>
            """;

        Assert.Same(html, HtmlLimits.Apply(html));
    }

    [Fact]
    public void Apply_PastTheDepthCap_DropsTheDeeperTagsAndTheirEndTagsOnly()
    {
        var limited = HtmlLimits.Apply("<div><div><div>text</div></div></div><p>next</p>", maxDepth: 2);

        Assert.Equal("<div><div> text </div></div><p>next</p>", limited);
    }

    [Fact]
    public void Apply_EndTagAcrossATable_DoesNotLowerTheCount()
    {
        // </li> does not close past <table> in a parser, so it must not here either, or the real tree
        // could grow deeper than the count says.
        var html = Repeat("<li><table><div>", 100) + "x";

        var limited = HtmlLimits.Apply(html.Replace("<div>", "<div></li>", StringComparison.Ordinal), maxDepth: 30);

        Assert.True(CountStartTags(limited) <= 30, limited);
    }

    [Fact]
    public void Apply_LongerThanTheCap_IsCut()
    {
        Assert.Equal(10, HtmlLimits.Apply(new string('a', 50), maxCharacters: 10).Length);
    }

    private static int CountStartTags(string html) =>
        Enumerable.Range(0, html.Length - 1).Count(i => html[i] == '<' && char.IsAsciiLetter(html[i + 1]));
}
