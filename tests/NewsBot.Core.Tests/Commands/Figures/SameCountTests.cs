using NewsBot.Core.Commands;
using NewsBot.Core.Commands.Figures;
using NewsBot.Core.Figures;

namespace NewsBot.Core.Tests.Commands.Figures;

/// <summary>Only figures that count the same thing are set side by side as disagreeing.</summary>
public sealed class SameCountTests : IDisposable
{
    private readonly CommandHarness _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Figures_ArmySizeNextToTroopsSent_AreSeparateLines()
    {
        _bot.Stories.Add(Stories.Story(1, "Soldats nord-coréens en Russie", "La Corée du Nord envoie des soldats.", Stories.Now,
            Stories.Figure(1_300_000, "1,3 million de soldats", "soldats", null, Stories.Now.AddHours(-3)),
            Stories.Figure(10_000, "environ 10 000 soldats", "soldats", "Pentagone", Stories.Now.AddHours(-2), FigureQualifier.Approx),
            Stories.Figure(12_000, "jusqu’à 12 000 soldats nord-coréens", "soldats nord-coréens", "renseignement ukrainien", Stories.Now.AddHours(-1), FigureQualifier.AtMost),
            Stories.Figure(1_500, "1500", "soldats", "renseignement sud-coréen", Stories.Now.AddHours(-1))));

        var reply = await _bot.RunAsync("/figures corée du nord", CommandHarness.Member());

        Assert.Equal(
            ["1500 (renseignement sud-coréen)", "environ 10 000 soldats (Pentagone) vs jusqu’à 12 000 soldats nord-coréens (renseignement ukrainien)", "1,3 million de soldats"],
            reply.Sections[0].Items.Select(i => i.Text));
    }

    [Fact]
    public async Task Figures_SameNounNarrowedDifferently_AreSeparateLines()
    {
        _bot.Stories.Add(Stories.Story(1, "Front de l’Est", "Des soldats au front.", Stories.Now,
            Stories.Figure(10_000, "10 000 soldats russes", "soldats russes", "Kiev", Stories.Now.AddHours(-2)),
            Stories.Figure(12_000, "12 000 soldats nord-coréens", "soldats nord-coréens", "Séoul", Stories.Now.AddHours(-1))));

        var reply = await _bot.RunAsync("/figures front");

        Assert.Equal(["12 000 soldats nord-coréens (Séoul)", "10 000 soldats russes (Kiev)"], reply.Sections[0].Items.Select(i => i.Text));
    }

    [Theory]
    [InlineData("North Korean troops", "troops", false, true)]
    [InlineData("Russian troops", "North Korean troops", false, false)]
    [InlineData("soldats nord-coréens", "soldats", true, true)]
    [InlineData("soldats nord-coréens", "soldats nord-coréens supplémentaires", true, true)]
    [InlineData("soldats russes", "soldats nord-coréens", true, false)]
    [InlineData("morts de l'armée", "morts", true, true)]
    public void Split_TwoCloseFigures_OneSetOnlyWhenTheirNounsAgree(string what, string otherWhat, bool french, bool together)
    {
        var sets = SameCount.Split([Figure(10_000, what), Figure(12_000, otherWhat)], french);

        Assert.Equal(together ? 1 : 2, sets.Count);
    }

    [Theory]
    [InlineData(10_000, 12_000, 1)]
    [InlineData(10_000, 30_000, 1)]
    [InlineData(1_500, 12_000, 2)]
    [InlineData(12_000, 1_300_000, 2)]
    [InlineData(0, 0, 1)]
    [InlineData(0, 5, 2)]
    [InlineData(-5, -12, 2)]
    public void Split_SameNoun_OneSetOnlyWithinOneOrderOfSize(double value, double otherValue, int expectedSets)
    {
        var sets = SameCount.Split([Figure(value, "soldats"), Figure(otherValue, "soldats")], french: true);

        Assert.Equal(expectedSets, sets.Count);
    }

    [Fact]
    public void Split_ARangeReachingTooFar_StandsApart()
    {
        var range = Figure(10_000, "soldats") with { Figure = Figure(10_000, "soldats").Figure with { ValueMax = 50_000 } };

        var sets = SameCount.Split([Figure(10_000, "soldats"), range], french: true);

        Assert.Equal(2, sets.Count);
    }

    private static StoryFigure Figure(double value, string what) =>
        Stories.Figure(value, $"{value} {what}", what, "une source", Stories.Now);
}
