using NewsBot.Core.Commands;
using NewsBot.Telegram.Rendering;
using NewsBot.Testing.Telegram;

namespace NewsBot.Telegram.Tests.Rendering;

public sealed class ReplyHtmlTests
{
    [Fact]
    public void Render_Reply_EscapesEveryPartAndLinksItems()
    {
        var reply = new Reply
        {
            Title = "Figures for “a<b>”",
            Lines = ["x & y"],
            Sections = [new ReplySection { Heading = "Soldiers <now>", Items = [new ReplyItem { Text = "12 000 > 10 000", Link = new Uri("https://example.org/s"), Details = ["— Reuters & AFP"] }] }],
        };

        var html = ReplyHtml.Render(reply);
        var (visible, error) = TelegramHtmlCheck.Parse(html);

        Assert.Null(error);
        Assert.Equal("Figures for “a<b>”\nx & y\n\nSoldiers <now>\n• 12 000 > 10 000\n   — Reuters & AFP", visible);
        Assert.Contains("<a href=\"https://example.org/s\">12 000 &gt; 10 000</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ErrorReply_IsMarked()
    {
        var (visible, _) = TelegramHtmlCheck.Parse(ReplyHtml.Render(Reply.Error("Only channel managers can use subscribe", "Ask an admin.")));

        Assert.StartsWith("⚠️ Only channel managers", visible, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TooManyItems_DropsDetailsThenItemsToFit()
    {
        var items = Enumerable.Range(1, 300).Select(i => new ReplyItem { Text = $"Story {i} <x>", Details = [$"detail {i} one", $"detail {i} two"] }).ToList();
        var reply = new Reply { Title = "Latest", Sections = [new ReplySection { Items = items }] };

        var html = ReplyHtml.Render(reply);
        var (visible, error) = TelegramHtmlCheck.Parse(html);

        Assert.Null(error);
        Assert.InRange(html.Length, 1, TelegramHtml.MaxMessageLength);
        Assert.Contains("• Story 1 <x>", visible, StringComparison.Ordinal);
        Assert.Contains("left out to fit one message", visible, StringComparison.Ordinal);
        Assert.DoesNotContain("Story 300 ", visible, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ALineTooLongToShrink_FallsBackToCutEscapedText()
    {
        var reply = new Reply { Title = "Story <1>", TitleLink = new Uri("https://example.org/" + new string('a', 5000)) };

        var html = ReplyHtml.Render(reply);
        var (visible, error) = TelegramHtmlCheck.Parse(html);

        Assert.Null(error);
        Assert.InRange(html.Length, 1, TelegramHtml.MaxMessageLength);
        Assert.StartsWith("Story <1>", visible, StringComparison.Ordinal);
        Assert.EndsWith("…", visible, StringComparison.Ordinal);
    }
}
