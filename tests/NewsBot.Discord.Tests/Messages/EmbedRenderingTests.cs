using NewsBot.Core.Commands;
using NewsBot.Discord.Messages;

namespace NewsBot.Discord.Tests.Messages;

public sealed class EmbedRenderingTests
{
    [Fact]
    public void Escape_ArticleMarkdown_ShowsAsTyped()
    {
        Assert.Equal("\\*\\*bold\\*\\* \\|\\|spoiler\\|\\| \\[x\\](y) \\<@123>", EmbedText.Escape("**bold** ||spoiler|| [x](y) <@123>"));
        Assert.Equal("\\# titre\n\\> citation - tiret", EmbedText.Escape("# titre\n> citation - tiret"));
    }

    [Fact]
    public void Cut_LongText_EndsAtAWordWithAnEllipsisWithinTheLimit()
    {
        var cut = EmbedText.Cut("Des soldats nord-coréens déployés en Russie selon Séoul", 30);

        Assert.Equal("Des soldats nord-coréens…", cut);
        Assert.True(cut.Length <= 30);
    }

    [Fact]
    public void Link_AddressWithParentheses_CannotCloseTheLinkEarly()
    {
        var link = EmbedText.Link("Wiki [page]", new Uri("https://example.org/a_(b)"));

        Assert.Equal("[Wiki \\[page\\]](https://example.org/a_%28b%29)", link);
    }

    [Fact]
    public void RenderAlert_SummaryOverTheDescriptionLimit_KeepsTheFiguresAndCutsSentences()
    {
        var summary = string.Join(' ', Enumerable.Repeat("Une phrase assez longue pour remplir la description.", 200));
        var alert = DiscordChatTransportTests.Alert(figures: 4, summary: summary);

        var embed = AlertEmbedRenderer.Render(alert);

        Assert.True(EmbedLimits.Fits(embed));
        Assert.EndsWith("description.", embed.Description, StringComparison.Ordinal);
        Assert.Equal(4, embed.Fields![0].Value.Split('\n').Length);
    }

    [Fact]
    public void RenderReply_ManyItems_FitsTheDescriptionAndCountsWhatIsLeftOut()
    {
        var items = Enumerable.Range(1, 200).Select(i => new ReplyItem
        {
            Text = $"Story number {i} with a fairly long title about the topic",
            Link = new Uri($"https://example.org/{i}"),
            Details = ["A detail line that describes the story in a few words."],
        }).ToList();
        var reply = new Reply { Title = "Latest", Sections = [new ReplySection { Heading = "Stories", Items = items }] };

        var embed = ReplyEmbedRenderer.Render(reply);

        Assert.True(EmbedLimits.Fits(embed));
        Assert.Matches(@"…and \d+ more$", embed.Description);
        Assert.StartsWith("**Stories**\n• [Story number 1 ", embed.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderReply_Error_IsRed()
    {
        var embed = ReplyEmbedRenderer.Render(Reply.Error("No", "Because."));

        Assert.Equal(ReplyEmbedRenderer.ErrorColor, embed.Color);
        Assert.Equal("Because.", embed.Description);
    }
}
