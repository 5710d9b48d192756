using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Alerts;
using NewsBot.Core.Delivery;
using NewsBot.Core.Figures;
using NewsBot.Discord.Json;
using NewsBot.Discord.Messages;
using NewsBot.Testing.Chat;
using NewsBot.Testing.Discord;

namespace NewsBot.Discord.Tests.Messages;

public sealed class HostileTextEmbedTests : IAsyncLifetime, IDisposable
{
    private const string InlineSpecials = "*_~`|[]<";

    private const string LineStartSpecials = "#>-.";

    private FakeDiscordServer _server = null!;
    private DiscordHarness _discord = null!;
    private DiscordChatTransport _transport = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeDiscordServer.StartAsync(CancellationToken.None);
        _server.AddChannel("100");
        _discord = new DiscordHarness(_server);
        _transport = new DiscordChatTransport(_discord.Rest, NullLogger<DiscordChatTransport>.Instance);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _discord.Dispose();

    private static Alert AlertOf(Func<int, string> text) => new()
    {
        Topic = text(300),
        Title = text(400),
        Link = new Uri("https://example.org/a"),
        Summary = text(5000),
        Figures = Enumerable.Range(0, 4).Select(_ => new AlertFigure { Text = text(300), What = "x", Qualifier = FigureQualifier.Exact, Sources = [text(60)] }).ToList(),
        Sources = [text(200), text(200)],
        FeedName = text(100),
        DeliveryKey = "k",
    };

    [Fact]
    public async Task SendAlert_MentionsAndMarkdownInEveryField_PingsNobodyAndShowsThemAsTyped()
    {
        const string Hostile = "@everyone @here <@123> <@&456> <#789> **bold** __u__ ~~s~~ `c` ||spoiler|| [text](https://evil.example) </a> &amp; \u202Egpj.exe";
        var alert = AlertOf(_ => Hostile) with { Summary = "# heading\n> quote\n1. item\n" + Hostile };

        await _transport.SendAlertAsync(new ChannelAddress("discord", "100"), alert, CancellationToken.None);

        var message = Assert.Single(_server.MessagesIn("100"));
        Assert.Null(FakeDiscordServer.EmbedProblem(message.Body));
        Assert.Empty(Assert.IsType<JsonArray>(message.Body["allowed_mentions"]!["parse"]));
        var embed = (JsonObject)message.Embeds[0]!;
        var description = (string)embed["description"]!;
        Assert.StartsWith("\\# heading\n\\> quote\n1\\. item\n", description, StringComparison.Ordinal);
        Assert.Contains("\\<@123> \\<@&456> \\<#789> \\*\\*bold\\*\\* \\_\\_u\\_\\_ \\~\\~s\\~\\~ \\`c\\` \\|\\|spoiler\\|\\| \\[text\\](https://evil.example)", description, StringComparison.Ordinal);
        Assert.StartsWith("@everyone @here \\<@123>", (string)embed["title"]!, StringComparison.Ordinal);
        Assert.DoesNotContain("\u202E", description + (string)embed["title"]! + (string)embed["footer"]!["text"]!, StringComparison.Ordinal);
        Assert.Contains("gpj.exe", description, StringComparison.Ordinal);
        Assert.True(AllSpecialsEscaped((string)embed["fields"]![0]!["value"]!));
    }

    [Fact]
    public void Render_RandomHostileText_AlwaysWithinEveryLimitWithEverySpecialEscaped()
    {
        var seed = HostileText.Seed(15_04);
        var random = new Random(seed);
        for (var i = 0; i < 600; i++)
        {
            string Text(int max) => HostileText.Next(random, max);
            var alert = AlertOf(Text);
            var where = $"seed {seed} (NEWSBOT_FUZZ_SEED), case {i}";

            var embed = AlertEmbedRenderer.Render(alert);
            var followUp = AlertEmbedRenderer.RenderFollowUp(new AlertUpdate { Updated = alert, OriginalMessageId = "1", MayEdit = false, ArticleTitle = Text(2000), NewSources = [Text(3000)] });

            foreach (var one in new[] { embed, followUp })
            {
                Assert.True(EmbedLimits.Fits(one), where);
                foreach (var text in new[] { one.Title, one.Description, one.Footer?.Text }.Concat(one.Fields?.Select(f => f.Value) ?? []))
                {
                    Assert.DoesNotContain(text ?? string.Empty, c => c is '\u202E' or '\u2066' or '\u0000' or '\u001B' or '\u200B');
                }
            }

            Assert.True(AllSpecialsEscaped(embed.Title!), $"{where}: {embed.Title}");
            Assert.True(embed.Description is null || AllSpecialsEscaped(embed.Description), $"{where}: {embed.Description}");
        }
    }

    [Fact]
    public void CutOfEscaped_RandomHostileText_NeverEndsInHalfAnEscapeOrOverTheLimit()
    {
        var seed = HostileText.Seed(15_04);
        var random = new Random(seed);
        for (var i = 0; i < 3000; i++)
        {
            var escaped = EmbedText.Escape(HostileText.Next(random, 400));
            var max = random.Next(2, 300);

            var cut = EmbedText.Cut(escaped, max);

            Assert.True(cut.Length <= max, $"seed {seed}, case {i}");
            Assert.True(AllSpecialsEscaped(cut), $"seed {seed}, case {i}: {cut}");
            Assert.False(cut.Length > 0 && char.IsHighSurrogate(cut[^1]), $"seed {seed}, case {i}");
        }
    }

    [Theory]
    [InlineData("2024. A year", "2024\\. A year")]
    [InlineData("Up 3.5 %", "Up 3.5 %")]
    [InlineData("a\u202Eb\u2066c\u200Bd\u0000e", "abcde")]
    [InlineData("x\r\ny", "x\ny")]
    public void Escape_ListMarkersAndInvisibleControls_ShowAsTyped(string text, string expected) =>
        Assert.Equal(expected, EmbedText.Escape(text));

    [Fact]
    public void Cut_EndingInAnEscapedBackslash_KeepsItWhole()
    {
        // An escaped backslash then an escaped star: cut after the first pair, the pair stays whole.
        Assert.Equal("aaa\\\\…", EmbedText.Cut("aaa\\\\\\*", 6));
        Assert.Equal("aaa…", EmbedText.Cut("aaa\\*bbbbbb", 5));
    }

    [Fact]
    public void Plain_FooterText_IsCleanedButNotEscaped() =>
        Assert.Equal("feed **x** · topic", EmbedText.Plain("feed **x**\u202E · topic", 100));

    [Fact]
    public void Every_MessageBody_SendsAllowedMentionsEmpty()
    {
        Assert.Empty(new MessageCreate().AllowedMentions.Parse);
        Assert.Empty(new MessageEdit().AllowedMentions.Parse);
    }

    /// <summary>
    /// Every markdown special follows an odd run of backslashes (so it is no markup), and every odd run escapes
    /// a special (so no backslash is left escaping the "…" of a cut or showing as a stray).
    /// </summary>
    private static bool AllSpecialsEscaped(string text)
    {
        var backslashes = 0;
        foreach (var c in text)
        {
            if (c == '\\')
            {
                backslashes++;
                continue;
            }

            var escaped = backslashes % 2 == 1;
            if (escaped != (InlineSpecials.Contains(c, StringComparison.Ordinal) || (escaped && LineStartSpecials.Contains(c, StringComparison.Ordinal))))
            {
                return false;
            }

            backslashes = 0;
        }

        return backslashes % 2 == 0;
    }
}
