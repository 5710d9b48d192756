using NewsBot.ConsoleChannel;
using NewsBot.Core.Alerts;
using NewsBot.Core.Commands;
using NewsBot.Core.Delivery;
using NewsBot.Core.Figures;

namespace NewsBot.Tests.ConsoleChannel;

public sealed class ConsoleAlertRendererTests
{
    // A colour, a window title, a cursor move and a bell: what a feed could send a terminal.
    private const string Escapes = "\u001B[31mred\u001B[0m \u001B]0;pwned\u0007 \u001B[2J\u009B1m\u0000 \u202Egpj.exe";

    private static readonly ChannelAddress Channel = new("console", "demo");

    private static Alert Hostile() => new()
    {
        Topic = Escapes,
        Title = Escapes,
        Link = new Uri("https://example.org/a"),
        Summary = Escapes,
        Figures = [new AlertFigure { Text = Escapes, What = "x", Qualifier = FigureQualifier.Exact, Sources = [Escapes] }],
        Sources = [Escapes],
        FeedName = Escapes,
    };

    [Fact]
    public void Render_TerminalEscapesInEveryField_EmitsNoControlCharacter()
    {
        var text = ConsoleAlertRenderer.Render(Channel, Hostile());

        Assert.DoesNotContain(text, c => (char.IsControl(c) && c != '\n') || c == '\u202E');
        Assert.Contains("[31mred[0m ]0;pwned [2J1m gpj.exe", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderFollowUp_TerminalEscapes_EmitsNoControlCharacter()
    {
        var update = new AlertUpdate { Updated = Hostile(), OriginalMessageId = "1", MayEdit = false, ArticleTitle = Escapes, NewSources = [Escapes] };

        var text = ConsoleAlertRenderer.RenderFollowUp(Channel, update);

        Assert.DoesNotContain(text, c => (char.IsControl(c) && c != '\n') || c == '\u202E');
    }

    [Fact]
    public void ToPlainText_ReplyEchoingEscapes_EmitsNoControlCharacter()
    {
        var text = Reply.Text("Subscribed to " + Escapes, Escapes).ToPlainText();

        Assert.DoesNotContain(text, c => (char.IsControl(c) && c != '\n') || c == '\u202E');
    }
}
