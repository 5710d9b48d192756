namespace NewsBot.Core.Tests.Commands.Latest;

public sealed class LatestHandlerTests : IDisposable
{
    private readonly CommandHarness _bot = new(new Dictionary<string, string?> { ["Commands:LatestStories"] = "2" });

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Latest_MatchingStories_NewestFirstWithSummaries()
    {
        _bot.Stories.Add(Stories.Story(1, "Des soldats nord-coréens en Russie", "La Corée du Nord envoie des troupes.", Stories.Now.AddHours(-5)));
        _bot.Stories.Add(Stories.Story(2, "Séisme au Japon", "Un tremblement de terre à Tokyo.", Stories.Now.AddHours(-1)));
        _bot.Stories.Add(Stories.Story(3, "Pyongyang tire un missile", "La Corée du Nord a tiré un missile.", Stories.Now.AddHours(-2)));

        var reply = await _bot.RunAsync("/latest corée du nord", CommandHarness.Member());

        Assert.Equal("Latest on “corée du nord”", reply.Title);
        var items = Assert.Single(reply.Sections).Items;
        Assert.Equal(["Pyongyang tire un missile", "Des soldats nord-coréens en Russie"], items.Select(i => i.Text));
        Assert.Equal(new Uri("https://example.org/story/3"), items[0].Link);
        Assert.Equal(["Summary of Pyongyang tire un missile.", "2024-10-25 06:00 UTC · 2 articles · lemonde"], items[0].Details);
    }

    [Fact]
    public async Task Latest_MoreThanShown_SaysHowMany()
    {
        for (var i = 1; i <= 3; i++)
        {
            _bot.Stories.Add(Stories.Story(i, $"Ukraine {i}", "Kiev.", Stories.Now.AddHours(-i)));
        }

        var reply = await _bot.RunAsync("/latest ukraine");

        Assert.Equal(["The 2 newest of 3 stories."], reply.Lines);
        Assert.Equal(["Ukraine 1", "Ukraine 2"], reply.Sections[0].Items.Select(i => i.Text));
    }

    [Fact]
    public async Task Latest_StoriesOlderThanTheLookback_AreLeftOut()
    {
        _bot.Stories.Add(Stories.Story(1, "Ukraine", "Kiev.", Stories.Now.AddDays(-8)));

        var reply = await _bot.RunAsync("/latest ukraine");

        Assert.False(reply.IsError);
        Assert.Equal("Nothing on “ukraine” yet", reply.Title);
        Assert.Equal(["No story of the last 7 days matches it."], reply.Lines);
    }

    [Fact]
    public async Task Latest_FeedFilter_MatchesAnyFeedOfTheStory()
    {
        _bot.Stories.Add(Stories.Story(1, "Ukraine", "Kiev.", Stories.Now) with { FeedNames = ["lemonde", "reuters-world"] });

        var reply = await _bot.RunAsync("/latest ukraine feed:reuters-world");

        Assert.Equal("Ukraine", Assert.Single(reply.Sections[0].Items).Text);
    }

    [Fact]
    public async Task Latest_InvalidQuery_SaysWhere()
    {
        var reply = await _bot.RunAsync("/latest \"corée du nord");

        Assert.True(reply.IsError);
        Assert.Equal("The quote is never closed at 1.", reply.Lines[0]);
    }

    [Fact]
    public async Task Latest_NoQuery_ShowsAnExample()
    {
        var reply = await _bot.RunAsync("/latest");

        Assert.True(reply.IsError);
        Assert.Equal(["For example: latest corée du nord"], reply.Lines);
    }
}
