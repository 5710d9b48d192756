namespace NewsBot.Core.Tests.Commands.Why;

public sealed class WhyHandlerTests : IDisposable
{
    private readonly CommandHarness _bot = new();

    public WhyHandlerTests()
    {
        _bot.Stories.Add(Stories.Article(7, "Des soldats nord-coréens en Russie", "La Corée du Nord a envoyé 10 000 soldats en Russie, selon Reuters. Le football reprend."));
    }

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Why_MatchedSubscription_ShowsWhatWasFound()
    {
        var sub = await _bot.SubscribedAsync("/subscribe corée du nord source:reuters");

        var reply = await _bot.RunAsync("/why https://example.org/news/7", CommandHarness.Member());

        Assert.Equal("Des soldats nord-coréens en Russie", reply.Title);
        Assert.Equal(new Uri("https://example.org/news/7"), reply.TitleLink);
        var section = Assert.Single(reply.Sections);
        Assert.Equal("Posted for", section.Heading);
        var item = Assert.Single(section.Items);
        Assert.Equal($"#{sub.Id} “corée du nord source:reuters”", item.Text);
        Assert.Equal(["Found corée du nord as “Corée du Nord, nord-coréens” ×2; source:reuters as “Reuters”."], item.Details);
    }

    [Fact]
    public async Task Why_ArticleWhoseTextWasEmptiedAsTooOld_SaysSoInsteadOfMatchingNothing()
    {
        _bot.Stories.Add(Stories.Article(8, "Des soldats nord-coréens en Russie", string.Empty) with { TextDroppedAt = new DateTimeOffset(2026, 11, 3, 4, 0, 0, TimeSpan.Zero) });
        await _bot.SubscribedAsync("/subscribe corée du nord");

        var reply = await _bot.RunAsync("/why 8");

        Assert.Equal("Des soldats nord-coréens en Russie", reply.Title);
        Assert.Empty(reply.Sections);
        Assert.Equal(["I no longer keep this article's text (emptied on 2026-11-03, as older than I keep texts), so I can't say which subscriptions it matches."], reply.Lines);
    }

    [Fact]
    public async Task Why_MissingTerm_IsNamed()
    {
        await _bot.SubscribedAsync("/subscribe russie AND missile");

        var reply = await _bot.RunAsync("/why 7");

        Assert.Equal("Not posted for", reply.Sections[0].Heading);
        var details = reply.Sections[0].Items[0].Details;
        Assert.Equal("Not in the article: missile.", details[0]);
        Assert.StartsWith("Found russie as “Russie”", details[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Why_ExcludedByNot_SaysWhichTerm()
    {
        await _bot.SubscribedAsync("/subscribe russie -football");

        var reply = await _bot.RunAsync("/why 7");

        Assert.Equal("Excluded by NOT: football as “football”.", reply.Sections[0].Items[0].Details[0]);
    }

    [Fact]
    public async Task Why_FailingFilter_SaysWhatTheArticleHas()
    {
        await _bot.SubscribedAsync("/subscribe russie feed:reuters-world");

        var reply = await _bot.RunAsync("/why 7");

        Assert.Equal("feed:reuters-world: the article comes from the feed lemonde.", reply.Sections[0].Items[0].Details[0]);
    }

    [Fact]
    public async Task Why_TopicMatchesButLanguageOptionExcludes_IsNotPosted()
    {
        await _bot.SubscribedAsync("/subscribe russie lang:en");
        await _bot.SubscribedAsync("/subscribe corée du nord");

        var reply = await _bot.RunAsync("/why 7");

        Assert.Equal(["1 of this channel's 2 subscriptions take this article."], reply.Lines);
        Assert.Equal(["Posted for", "Not posted for"], reply.Sections.Select(s => s.Heading));
    }

    [Fact]
    public async Task Why_LanguageOption_LeavesOutOtherLanguages()
    {
        await _bot.SubscribedAsync("/subscribe \"corée du nord\" mode:instant lang:en");

        var reply = await _bot.RunAsync("/why 7");

        Assert.Equal("Not posted for", Assert.Single(reply.Sections).Heading);
        Assert.Equal("But the article is in fr and this subscription takes en only.", reply.Sections[0].Items[0].Details[1]);
    }

    [Fact]
    public async Task Why_UnknownArticle_SaysSo()
    {
        var reply = await _bot.RunAsync("/why <https://example.org/news/404>");

        Assert.True(reply.IsError);
        Assert.Equal("I don't know this article", reply.Title);
        Assert.Contains("https://example.org/news/404", reply.Lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Why_NoArgument_AsksForALink()
    {
        var reply = await _bot.RunAsync("/why");

        Assert.True(reply.IsError);
        Assert.Equal("why needs an article", reply.Title);
    }

    [Fact]
    public async Task Why_ChannelWithoutSubscriptions_SaysNothingIsPosted()
    {
        var reply = await _bot.RunAsync("/why 7");

        Assert.Equal(["This channel has no subscriptions, so no article is posted here."], reply.Lines);
    }
}
