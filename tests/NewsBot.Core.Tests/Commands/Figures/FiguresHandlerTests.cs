using NewsBot.Core.Figures;

namespace NewsBot.Core.Tests.Commands.Figures;

public sealed class FiguresHandlerTests : IDisposable
{
    private readonly CommandHarness _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Figures_SourcesDisagree_ShowsThemSideBySide()
    {
        _bot.Stories.Add(Stories.Story(1, "Soldats nord-coréens en Russie", "La Corée du Nord envoie des soldats.", Stories.Now,
            Stories.Figure(12_000, "jusqu’à 12 000 soldats nord-coréens", "soldats nord-coréens", "renseignement ukrainien", Stories.Now.AddHours(-1), FigureQualifier.AtMost, "Le Monde"),
            Stories.Figure(10_000, "10 000 soldats nord-coréens", "soldats nord-coréens", "Pentagone", Stories.Now.AddHours(-3), FigureQualifier.Exact, "Reuters")));

        var reply = await _bot.RunAsync("/figures corée du nord", CommandHarness.Member());

        Assert.Equal("Key figures on “corée du nord”", reply.Title);
        var line = Assert.Single(Assert.Single(reply.Sections).Items);
        Assert.Equal("10 000 soldats nord-coréens (Pentagone) vs jusqu’à 12 000 (renseignement ukrainien)", line.Text);
        Assert.Equal(
            ["soldats nord-coréens: exact vs at most", "2024-10-25 07:00 UTC · Soldats nord-coréens en Russie · reported by Le Monde, Reuters"],
            line.Details);
        Assert.Equal(new Uri("https://example.org/story/1"), line.Link);
    }

    [Fact]
    public async Task Figures_AcrossStories_NewestFirst()
    {
        _bot.Stories.Add(Stories.Story(1, "Ukraine, bilan", "Ukraine.", Stories.Now.AddDays(-2),
            Stories.Figure(35, "35 %", "des électeurs", null, Stories.Now.AddDays(-2), FigureQualifier.Exact, "Le Monde")));
        _bot.Stories.Add(Stories.Story(2, "Ukraine, réfugiés", "Ukraine.", Stories.Now,
            Stories.Figure(6_000_000, "6 millions de réfugiés", "réfugiés", "HCR", Stories.Now.AddHours(-2)),
            Stories.Figure(300, "300 morts", "morts", "Kiev", Stories.Now.AddHours(-1))));

        var reply = await _bot.RunAsync("/figures ukraine");

        Assert.Equal(["300 morts (Kiev)", "6 millions de réfugiés (HCR)", "35 % (Le Monde)"], reply.Sections[0].Items.Select(i => i.Text));
    }

    [Fact]
    public async Task Figures_SameSourceTwoValues_AreSeparateLines()
    {
        _bot.Stories.Add(Stories.Story(1, "Ukraine", "Ukraine.", Stories.Now,
            Stories.Figure(3, "3 morts", "morts", "Kiev", Stories.Now.AddHours(-2)),
            Stories.Figure(12, "12 morts", "morts", "Kiev", Stories.Now.AddHours(-1))));

        var reply = await _bot.RunAsync("/figures ukraine");

        Assert.Equal(["12 morts (Kiev)", "3 morts (Kiev)"], reply.Sections[0].Items.Select(i => i.Text));
    }

    [Fact]
    public async Task Figures_RepeatedInTwoStories_ShowsOnce()
    {
        var figure = Stories.Figure(10_000, "10 000 soldats", "soldats", "Pentagone", Stories.Now.AddHours(-3));
        _bot.Stories.Add(Stories.Story(1, "Corée du Nord (1)", "Corée du Nord.", Stories.Now.AddHours(-2), figure));
        _bot.Stories.Add(Stories.Story(2, "Corée du Nord (2)", "Corée du Nord.", Stories.Now.AddHours(-1), figure));

        var reply = await _bot.RunAsync("/figures corée du nord");

        Assert.Single(reply.Sections[0].Items);
    }

    [Fact]
    public async Task Figures_MatchingStoriesWithoutFigures_SaysSo()
    {
        _bot.Stories.Add(Stories.Story(1, "Ukraine", "Ukraine.", Stories.Now));

        var reply = await _bot.RunAsync("/figures ukraine");

        Assert.False(reply.IsError);
        Assert.Equal("No figures on “ukraine” yet", reply.Title);
        Assert.Equal(["1 matching story has no key figures."], reply.Lines);
    }

    [Fact]
    public async Task Figures_NoQuery_ShowsAnExample()
    {
        var reply = await _bot.RunAsync("/figures   ");

        Assert.True(reply.IsError);
        Assert.Equal(["For example: figures corée du nord"], reply.Lines);
    }
}
