using NewsBot.Core.Articles;

namespace NewsBot.Storage.Tests.Articles;

public abstract class ArticleStoreContract : StoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    [ContractFact]
    public async Task TryAdd_NewArticle_StoresEveryFieldAndGivesAnId()
    {
        var added = await Stores.Articles.TryAddAsync(Samples.Article("a"), None);

        Assert.NotNull(added);
        Assert.True(added.Id > 0);
        var stored = await Stores.Articles.GetAsync(added.Id, None);
        Assert.Equal(added, stored);
        Assert.Equal("2024-10", stored!.Published!.ToString());
    }

    [ContractFact]
    public async Task TryAdd_SameFeedAndExternalId_IsRefused()
    {
        await Stores.Articles.TryAddAsync(Samples.Article("a"), None);

        var again = Samples.Article("b") with { ExternalId = "guid-a" };

        Assert.Null(await Stores.Articles.TryAddAsync(again, None));
        Assert.Single(await Stores.Articles.ListRecentAsync(10, None));
    }

    [ContractFact]
    public async Task TryAddMany_NewStoredAndDuplicateInOneBatch_StoresTheNewOnesOnceInOrder()
    {
        await Stores.Articles.TryAddAsync(Samples.Article("a"), None);

        var added = await Stores.Articles.TryAddManyAsync([Samples.Article("b"), Samples.Article("a"), Samples.Article("c"), Samples.Article("b")], None);

        Assert.Equal(["guid-b", null, "guid-c", null], added.Select(a => a?.ExternalId));
        Assert.Equal(3, (await Stores.Articles.ListRecentAsync(10, None)).Count);
    }

    [ContractFact]
    public async Task FindKnownExternalIds_ManyIds_ReturnsThoseOfThisFeedOnly()
    {
        await Stores.Articles.TryAddAsync(Samples.Article("a", feed: "lemonde"), None);
        await Stores.Articles.TryAddAsync(Samples.Article("b", feed: "reuters"), None);

        // More ids than one statement takes, so the lookup is chunked.
        var asked = Enumerable.Range(0, 1_200).Select(i => $"guid-x{i}").Append("guid-a").Append("guid-b").ToList();
        var known = await Stores.Articles.FindKnownExternalIdsAsync("lemonde", asked, None);

        Assert.Equal(["guid-a"], known);
        Assert.Empty(await Stores.Articles.FindKnownExternalIdsAsync("unknown-feed", asked, None));
    }

    [ContractFact]
    public async Task TryAdd_SameExternalIdInAnotherFeed_StoresBoth()
    {
        var first = await Stores.Articles.TryAddAsync(Samples.Article("a", feed: "lemonde"), None);
        var second = await Stores.Articles.TryAddAsync(Samples.Article("b", feed: "reuters") with { ExternalId = "guid-a" }, None);

        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.NotEqual(first.Id, second.Id);
    }

    [ContractFact]
    public async Task TryAdd_SameCanonicalLinkFromAnotherFeed_IsRefused()
    {
        await Stores.Articles.TryAddAsync(Samples.Article("a", feed: "lemonde"), None);

        var again = Samples.Article("b", feed: "reuters") with { CanonicalLink = "https://example.org/news/a" };

        Assert.Null(await Stores.Articles.TryAddAsync(again, None));
    }

    [ContractFact]
    public async Task TryAdd_SameContentHashUnderOtherIds_IsRefused()
    {
        await Stores.Articles.TryAddAsync(Samples.Article("a", feed: "lemonde"), None);

        var again = Samples.Article("b", feed: "reuters") with { ContentHash = "hash-a" };

        Assert.Null(await Stores.Articles.TryAddAsync(again, None));
    }

    [ContractFact]
    public async Task TryAdd_ArticlesWithoutGuidOrLink_DoNotCollideOnTheMissingValues()
    {
        var first = await Stores.Articles.TryAddAsync(Samples.Article("a") with { ExternalId = null, Link = null, CanonicalLink = null }, None);
        var second = await Stores.Articles.TryAddAsync(Samples.Article("b") with { ExternalId = null, Link = null, CanonicalLink = null }, None);

        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.Null((await Stores.Articles.GetAsync(second.Id, None))!.ExternalId);
    }

    [ContractTheory]
    [InlineData("2024")]
    [InlineData("2024-10")]
    [InlineData("2024-10-03")]
    [InlineData("2024-10-03T14:05:09Z")]
    public async Task TryAdd_PublishedDate_ReadsBackAtItsPrecision(string published)
    {
        Assert.True(PublishedDate.TryParse(published, out var date));
        var added = await Stores.Articles.TryAddAsync(Samples.Article("a") with { Published = date }, None);

        var stored = await Stores.Articles.GetAsync(added!.Id, None);

        Assert.Equal(published, stored!.Published!.ToString());
        Assert.Equal(date!.Precision, stored.Published.Precision);
    }

    [ContractFact]
    public async Task TryAdd_DayGivenAtAnOffset_KeepsItsCalendarDay()
    {
        // Midnight in Paris is the previous day in UTC; the stored date must still say the 3rd.
        var date = new PublishedDate(new DateTimeOffset(2024, 10, 3, 0, 0, 0, TimeSpan.FromHours(2)), DatePrecision.Day);
        var added = await Stores.Articles.TryAddAsync(Samples.Article("a") with { Published = date }, None);

        var stored = await Stores.Articles.GetAsync(added!.Id, None);

        Assert.Equal("2024-10-03", stored!.Published!.ToString());
    }

    [ContractFact]
    public async Task TryAdd_WithoutPublishedDate_ReadsBackNull()
    {
        var added = await Stores.Articles.TryAddAsync(Samples.Article("a") with { Published = null }, None);

        Assert.Null((await Stores.Articles.GetAsync(added!.Id, None))!.Published);
    }

    [ContractFact]
    public async Task Get_UnknownId_ReturnsNull()
    {
        Assert.Null(await Stores.Articles.GetAsync(12345, None));
    }

    [ContractFact]
    public async Task GetMany_SomeIdsStoredSomeNot_ReturnsTheStoredOnesAsGetDoes()
    {
        var a = await Stores.Articles.TryAddAsync(Samples.Article("a"), None);
        await Stores.Articles.TryAddAsync(Samples.Article("b"), None);
        var c = await Stores.Articles.TryAddAsync(Samples.Article("c"), None);

        var many = await Stores.Articles.GetManyAsync([c!.Id, 12345, a!.Id], None);

        Assert.Equal([a.Id, c.Id], many.Select(m => m.Id).Order());
        Assert.Equal(await Stores.Articles.GetAsync(c.Id, None), many.Single(m => m.Id == c.Id));
        Assert.Empty(await Stores.Articles.GetManyAsync([], None));
    }

    [ContractFact]
    public async Task ListRecent_ReturnsNewestFetchedFirst_UpToTheLimit()
    {
        await Stores.Articles.TryAddAsync(Samples.Article("old") with { FetchedAt = Samples.Now.AddHours(-2) }, None);
        await Stores.Articles.TryAddAsync(Samples.Article("new") with { FetchedAt = Samples.Now }, None);
        await Stores.Articles.TryAddAsync(Samples.Article("mid") with { FetchedAt = Samples.Now.AddHours(-1) }, None);

        var recent = await Stores.Articles.ListRecentAsync(2, None);

        Assert.Equal(["Title new", "Title mid"], recent.Select(a => a.Title));
    }

    [ContractFact]
    public async Task FindByLink_AsGivenOrWithTrackingParameters_FindsTheArticle()
    {
        var added = await Stores.Articles.TryAddAsync(Samples.Article("a"), None);
        var link = added!.Link!.OriginalString;

        var exact = await Stores.Articles.FindByLinkAsync(link, None);
        var tracked = await Stores.Articles.FindByLinkAsync(link + (link.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "utm_source=chat", None);
        var missing = await Stores.Articles.FindByLinkAsync("https://elsewhere.example/none", None);

        Assert.Equal(added.Id, exact?.Id);
        Assert.Equal(added.Id, tracked?.Id);
        Assert.Null(missing);
    }

    [ContractFact]
    public async Task Unplanned_AreTheArticlesNotMarkedPlanned_OldestFirst()
    {
        var a = await Stores.Articles.TryAddAsync(Samples.Article("a"), None);
        var b = await Stores.Articles.TryAddAsync(Samples.Article("b"), None);
        var c = await Stores.Articles.TryAddAsync(Samples.Article("c"), None);

        await Stores.Articles.MarkPlannedAsync([b!.Id], Samples.Now, None);

        Assert.Equal([a!.Id, c!.Id], (await Stores.Articles.ListUnplannedAsync(10, Samples.Now, None)).Select(x => x.Id));
        Assert.Equal([a.Id], (await Stores.Articles.ListUnplannedAsync(1, Samples.Now, None)).Select(x => x.Id));
    }

    [ContractFact]
    public async Task Unplanned_AFailedArticle_IsLeftOutUntilItsRetryTime()
    {
        var a = await Stores.Articles.TryAddAsync(Samples.Article("a"), None);
        var b = await Stores.Articles.TryAddAsync(Samples.Article("b"), None);

        await Stores.Articles.RecordFailureAsync(a!.Id, "analysis: boom", 1, Samples.Now, Samples.Now.AddMinutes(1), None);

        Assert.Equal([b!.Id], (await Stores.Articles.ListUnplannedAsync(10, Samples.Now, None)).Select(x => x.Id));
        Assert.Equal([a.Id, b.Id], (await Stores.Articles.ListUnplannedAsync(10, Samples.Now.AddMinutes(1), None)).Select(x => x.Id));
    }

    [ContractFact]
    public async Task Unplanned_ALeftAsideArticle_IsNeverListedAgain()
    {
        var a = await Stores.Articles.TryAddAsync(Samples.Article("a"), None);

        await Stores.Articles.RecordFailureAsync(a!.Id, "analysis: boom", 5, Samples.Now, null, None);

        Assert.Empty(await Stores.Articles.ListUnplannedAsync(10, Samples.Now.AddYears(10), None));
    }

    [ContractFact]
    public async Task GetFailure_AfterAFailedTry_ReadsBackReasonTriesAndTimes()
    {
        var a = await Stores.Articles.TryAddAsync(Samples.Article("a", feed: "lemonde"), None);
        var retryAt = Samples.Now.AddMinutes(2);

        await Stores.Articles.RecordFailureAsync(a!.Id, "story: first", 1, Samples.Now.AddMinutes(-1), Samples.Now, None);
        await Stores.Articles.RecordFailureAsync(a.Id, "analysis: ArgumentOutOfRangeException: index", 2, Samples.Now, retryAt, None);

        var failure = await Stores.Articles.GetFailureAsync(a.Id, None);
        Assert.NotNull(failure);
        Assert.Equal((a.Id, "lemonde", "Title a", "analysis: ArgumentOutOfRangeException: index", 2), (failure.ArticleId, failure.FeedName, failure.Title, failure.Reason, failure.Tries));
        Assert.Equal((Samples.Now, retryAt), (failure.LastTriedAt, failure.RetryAt!.Value));
        Assert.False(failure.IsLeftAside);
        Assert.Null(await Stores.Articles.GetFailureAsync((await Stores.Articles.TryAddAsync(Samples.Article("b"), None))!.Id, None));
    }

    [ContractFact]
    public async Task ListFailures_ListsWaitingAndLeftAsideArticles_NotPlannedOnes()
    {
        var a = await Stores.Articles.TryAddAsync(Samples.Article("a"), None);
        var b = await Stores.Articles.TryAddAsync(Samples.Article("b"), None);
        var c = await Stores.Articles.TryAddAsync(Samples.Article("c"), None);
        await Stores.Articles.TryAddAsync(Samples.Article("d"), None);
        await Stores.Articles.RecordFailureAsync(a!.Id, "analysis: a", 5, Samples.Now, null, None);
        await Stores.Articles.RecordFailureAsync(b!.Id, "planning: b", 1, Samples.Now, Samples.Now.AddMinutes(1), None);
        await Stores.Articles.RecordFailureAsync(c!.Id, "story: c", 1, Samples.Now, Samples.Now.AddMinutes(1), None);

        // Planned after all (on a retry, or by another node): no longer a failure.
        await Stores.Articles.MarkPlannedAsync([c.Id], Samples.Now, None);

        var failures = await Stores.Articles.ListFailuresAsync(10, None);
        Assert.Equal([(a.Id, true), (b.Id, false)], failures.Select(f => (f.ArticleId, f.IsLeftAside)));
        Assert.Null(await Stores.Articles.GetFailureAsync(c.Id, None));
    }

    [ContractFact]
    public async Task RecordFailure_OfAPlannedArticle_ChangesNothing()
    {
        var a = await Stores.Articles.TryAddAsync(Samples.Article("a"), None);
        await Stores.Articles.MarkPlannedAsync([a!.Id], Samples.Now, None);

        await Stores.Articles.RecordFailureAsync(a.Id, "late", 1, Samples.Now, null, None);

        Assert.Empty(await Stores.Articles.ListFailuresAsync(10, None));
    }

    [ContractFact]
    public async Task ClearFailures_GivenIds_BringsOnlyThoseBackForTheNextRun()
    {
        var a = await Stores.Articles.TryAddAsync(Samples.Article("a"), None);
        var b = await Stores.Articles.TryAddAsync(Samples.Article("b"), None);
        await Stores.Articles.RecordFailureAsync(a!.Id, "analysis: a", 5, Samples.Now, null, None);
        await Stores.Articles.RecordFailureAsync(b!.Id, "analysis: b", 5, Samples.Now, null, None);

        var cleared = await Stores.Articles.ClearFailuresAsync([a.Id, 12345], None);

        Assert.Equal(1, cleared);
        Assert.Equal([a.Id], (await Stores.Articles.ListUnplannedAsync(10, Samples.Now, None)).Select(x => x.Id));
        Assert.Equal([b.Id], (await Stores.Articles.ListFailuresAsync(10, None)).Select(f => f.ArticleId));
    }

    [ContractFact]
    public async Task ClearFailures_All_BringsEveryFailedArticleBack()
    {
        var a = await Stores.Articles.TryAddAsync(Samples.Article("a"), None);
        var b = await Stores.Articles.TryAddAsync(Samples.Article("b"), None);
        await Stores.Articles.RecordFailureAsync(a!.Id, "analysis: a", 5, Samples.Now, null, None);
        await Stores.Articles.RecordFailureAsync(b!.Id, "planning: b", 2, Samples.Now, Samples.Now.AddHours(1), None);

        var cleared = await Stores.Articles.ClearFailuresAsync(null, None);

        Assert.Equal(2, cleared);
        Assert.Empty(await Stores.Articles.ListFailuresAsync(10, None));
        Assert.Equal([a.Id, b.Id], (await Stores.Articles.ListUnplannedAsync(10, Samples.Now, None)).Select(x => x.Id));
    }
}
