using NewsBot.Core.Alerts;
using NewsBot.Core.Commands;
using NewsBot.Core.Figures;
using NewsBot.Telegram.Rendering;
using NewsBot.Testing.Chat;
using NewsBot.Testing.Telegram;

namespace NewsBot.Telegram.Tests.Rendering;

public sealed class HostileTextHtmlTests
{
    private const int Cases = 1000;

    private static Alert AlertOf(Func<int, string> text) => new()
    {
        Topic = text(500),
        Title = text(400),
        Link = new Uri("https://example.org/a?x=1&y=2"),
        Summary = text(3000),
        Figures = Enumerable.Range(0, 3).Select(_ => new AlertFigure { Text = text(200), What = "x", Qualifier = FigureQualifier.Exact, Sources = [text(80)] }).ToList(),
        Sources = [text(100), text(100)],
        FeedName = text(100),
        Published = text(30),
    };

    private static Reply ReplyOf(Func<int, string> text) => new()
    {
        Title = text(300),
        Lines = [text(500), text(500)],
        Sections =
        [
            new ReplySection { Heading = text(100), Items = Enumerable.Range(0, 12).Select(_ => new ReplyItem { Text = text(400), Link = new Uri("https://example.org/"), Details = [text(600)] }).ToList() },
        ],
    };

    [Fact]
    public void Render_EachHostilePiece_ShowsAsTypedInValidHtml()
    {
        foreach (var piece in HostileText.Pieces)
        {
            var html = AlertHtml.Render(AlertOf(_ => "x " + piece + " y"));

            var (visible, error) = TelegramHtmlCheck.Parse(html);
            Assert.True(error is null, $"{Show(piece)}: {error}\n{html}");
            if (piece is "<b>" or "</a>" or "@everyone" or "&amp;" or "[text](https://evil.example)" or "**")
            {
                Assert.Contains("x " + piece + " y", visible, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Render_ReorderingAndControlCharacters_AreTakenOut()
    {
        var html = AlertHtml.Render(AlertOf(_ => "abc\u202Egpj.exe\u2066x\u0000\u001B[31mred\u200Bz"));

        Assert.DoesNotContain(html, c => c is '\u202E' or '\u2066' or '\u0000' or '\u001B' or '\u200B');
        Assert.Contains("abcgpj.exex[31mredz", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_RandomHostileText_AlwaysBalancedHtmlWithinTheLimit()
    {
        var seed = HostileText.Seed(15_04);
        var random = new Random(seed);
        for (var i = 0; i < Cases; i++)
        {
            string Text(int max) => HostileText.Next(random, max);
            var alert = AlertOf(Text);
            var update = new AlertUpdate
            {
                Updated = alert,
                OriginalMessageId = "1",
                MayEdit = false,
                ArticleTitle = Text(5000),
                ArticleLink = new Uri("https://example.org/b"),
                NewSources = [Text(1500)],
                NewFigures = [new AlertFigure { Text = Text(500), What = "x", Qualifier = FigureQualifier.Exact }],
            };

            var limit = random.Next(2) == 0 ? TelegramHtml.MaxMessageLength : random.Next(60, 800);
            foreach (var (what, html) in new[] { ("alert", AlertHtml.Render(alert, limit)), ("follow-up", AlertHtml.RenderFollowUp(update, limit)), ("reply", ReplyHtml.Render(ReplyOf(Text), limit)) })
            {
                var (_, error) = TelegramHtmlCheck.Parse(html);
                var where = $"seed {seed} (NEWSBOT_FUZZ_SEED), case {i}, {what}";
                Assert.True(error is null, $"{where}: {error}\n{html}");
                Assert.True(html.Length <= limit, $"{where}: {html.Length} > {limit}");
                Assert.True(html.Length > 0, where);
                Assert.True(IsWellFormedUtf16(html), $"{where}: a lone surrogate");
                Assert.DoesNotContain(html, c => c is '\u202E' or '\u2067' or '\u0000' or '\u001B');
            }
        }
    }

    [Fact]
    public void RenderFollowUp_TitleOfQuotesOnly_StaysWithinTheLimitAfterEscaping()
    {
        var update = new AlertUpdate
        {
            Updated = AlertOf(_ => "t"),
            OriginalMessageId = "1",
            MayEdit = false,
            ArticleTitle = new string('"', 9000),
        };

        var html = AlertHtml.RenderFollowUp(update);

        Assert.True(html.Length <= TelegramHtml.MaxMessageLength, html.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(TelegramHtmlCheck.Parse(html).Error);
    }

    [Theory]
    [InlineData("a&b", 3, "a…")]
    [InlineData("ab&", 7, "ab&amp;")]
    [InlineData("ab&cd", 7, "ab…")]
    [InlineData("ab😀cd", 4, "ab…")]
    public void EscapeWithin_Cut_NeverSplitsAnEntityOrAnEmoji(string text, int max, string expected) =>
        Assert.Equal(expected, TelegramHtml.EscapeWithin(text, max));

    private static bool IsWellFormedUtf16(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string Show(string piece) => string.Concat(piece.Select(c => c < ' ' || c > '~' ? $"\\u{(int)c:X4}" : c.ToString()));
}
