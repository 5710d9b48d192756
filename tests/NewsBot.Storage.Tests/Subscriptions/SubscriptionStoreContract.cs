using NewsBot.Core.Delivery;
using NewsBot.Core.Subscriptions;

namespace NewsBot.Storage.Tests.Subscriptions;

public abstract class SubscriptionStoreContract : StoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static NewSubscription New(ChannelAddress channel, string query, DateTimeOffset? at = null) => new()
    {
        Channel = channel,
        Query = query,
        CreatedBy = "user-1",
        CreatedAt = at ?? Samples.Now,
    };

    [ContractFact]
    public async Task Add_NewQuery_StoresIt()
    {
        var added = await Stores.Subscriptions.AddAsync(New(Samples.Channel, "Corée du Nord"), None);

        Assert.True(added.Id > 0);
        var expected = new Subscription { Id = added.Id, Channel = Samples.Channel, Query = "Corée du Nord", CreatedBy = "user-1", CreatedAt = Samples.Now };
        Assert.Equal(expected, added);
        Assert.Equal([expected], await Stores.Subscriptions.ListByChannelAsync(Samples.Channel, None));
    }

    [ContractFact]
    public async Task Add_SameQueryAgain_ReturnsTheExistingOne()
    {
        var first = await Stores.Subscriptions.AddAsync(New(Samples.Channel, "Corée du Nord"), None);

        var second = await Stores.Subscriptions.AddAsync(New(Samples.Channel, "Corée du Nord", Samples.Now.AddDays(1)), None);

        Assert.Equal(first, second);
        Assert.Single(await Stores.Subscriptions.ListByChannelAsync(Samples.Channel, None));
    }

    [ContractFact]
    public async Task Add_SameQueryInAThreadOrAnotherChannel_AreSeparateSubscriptions()
    {
        var inChannel = await Stores.Subscriptions.AddAsync(New(Samples.Channel, "Ukraine"), None);
        var inThread = await Stores.Subscriptions.AddAsync(New(Samples.Thread, "Ukraine"), None);
        var elsewhere = await Stores.Subscriptions.AddAsync(New(Samples.OtherChannel, "Ukraine"), None);

        Assert.Equal(3, new[] { inChannel.Id, inThread.Id, elsewhere.Id }.Distinct().Count());
        Assert.Equal([inChannel], await Stores.Subscriptions.ListByChannelAsync(Samples.Channel, None));
        Assert.Equal([inThread], await Stores.Subscriptions.ListByChannelAsync(Samples.Thread, None));
    }

    [ContractFact]
    public async Task Remove_ChannelsOwnSubscription_RemovesIt()
    {
        var added = await Stores.Subscriptions.AddAsync(New(Samples.Channel, "Ukraine"), None);

        Assert.True(await Stores.Subscriptions.RemoveAsync(Samples.Channel, added.Id, None));
        Assert.Empty(await Stores.Subscriptions.ListByChannelAsync(Samples.Channel, None));
    }

    [ContractFact]
    public async Task Remove_AnotherChannelsSubscription_RefusesAndKeepsIt()
    {
        var added = await Stores.Subscriptions.AddAsync(New(Samples.Channel, "Ukraine"), None);

        Assert.False(await Stores.Subscriptions.RemoveAsync(Samples.OtherChannel, added.Id, None));
        Assert.Equal([added], await Stores.Subscriptions.ListByChannelAsync(Samples.Channel, None));
    }

    [ContractFact]
    public async Task Remove_UnknownId_ReturnsFalse()
    {
        Assert.False(await Stores.Subscriptions.RemoveAsync(Samples.Channel, 999, None));
    }

    [ContractFact]
    public async Task SetPaused_PausesOnlyThatChannel_AndListActiveSkipsIt()
    {
        await Stores.Subscriptions.AddAsync(New(Samples.Channel, "Ukraine"), None);
        await Stores.Subscriptions.AddAsync(New(Samples.Channel, "Gaza"), None);
        var other = await Stores.Subscriptions.AddAsync(New(Samples.OtherChannel, "Ukraine"), None);

        Assert.Equal(2, await Stores.Subscriptions.SetPausedAsync(Samples.Channel, paused: true, None));

        Assert.Equal([other], await Stores.Subscriptions.ListActiveAsync(None));
        Assert.All(await Stores.Subscriptions.ListByChannelAsync(Samples.Channel, None), s => Assert.True(s.Paused));
    }

    [ContractFact]
    public async Task ListActiveByIds_GivesTheActiveOnesAmongTheIds_NotPausedRemovedOrOthers()
    {
        var paused = await Stores.Subscriptions.AddAsync(New(Samples.Channel, "Ukraine"), None);
        var active = await Stores.Subscriptions.AddAsync(New(Samples.OtherChannel, "Ukraine"), None);
        await Stores.Subscriptions.AddAsync(New(Samples.OtherChannel, "Gaza"), None);
        var removed = await Stores.Subscriptions.AddAsync(New(Samples.OtherChannel, "Kursk"), None);
        await Stores.Subscriptions.SetPausedAsync(Samples.Channel, paused: true, None);
        await Stores.Subscriptions.RemoveAsync(Samples.OtherChannel, removed.Id, None);

        var found = await Stores.Subscriptions.ListActiveByIdsAsync([paused.Id, active.Id, removed.Id], None);

        Assert.Equal([active], found);
        Assert.Empty(await Stores.Subscriptions.ListActiveByIdsAsync([], None));
    }

    [ContractFact]
    public async Task ListActiveDigests_GivesTheActiveDigestSubscriptionsOnly_NotInstantPausedOrRemoved()
    {
        var digest = await Stores.Subscriptions.AddAsync(
            New(Samples.OtherChannel, "Ukraine") with { Mode = SubscriptionMode.Digest, DigestAt = new TimeOnly(8, 30), TimeZone = "Europe/Paris" }, None);
        var paused = await Stores.Subscriptions.AddAsync(
            New(Samples.Channel, "Gaza") with { Mode = SubscriptionMode.Digest, DigestAt = new TimeOnly(19, 0) }, None);
        var removed = await Stores.Subscriptions.AddAsync(
            New(Samples.OtherChannel, "Kursk") with { Mode = SubscriptionMode.Digest, DigestAt = new TimeOnly(7, 0) }, None);
        await Stores.Subscriptions.AddAsync(New(Samples.OtherChannel, "Japon"), None);
        await Stores.Subscriptions.SetPausedAsync(Samples.Channel, paused: true, None);
        await Stores.Subscriptions.RemoveAsync(Samples.OtherChannel, removed.Id, None);

        var digests = await Stores.Subscriptions.ListActiveDigestsAsync(None);

        Assert.Equal([digest], digests);
        Assert.DoesNotContain(paused.Id, digests.Select(d => d.Id));
    }

    [ContractFact]
    public async Task SetPaused_CountsOnlyThoseThatChanged()
    {
        await Stores.Subscriptions.AddAsync(New(Samples.Channel, "Ukraine"), None);
        await Stores.Subscriptions.SetPausedAsync(Samples.Channel, paused: true, None);

        Assert.Equal(0, await Stores.Subscriptions.SetPausedAsync(Samples.Channel, paused: true, None));
        Assert.Equal(1, await Stores.Subscriptions.SetPausedAsync(Samples.Channel, paused: false, None));
        Assert.Single(await Stores.Subscriptions.ListActiveAsync(None));
    }

    [ContractFact]
    public async Task SetChatPaused_PausesTheChatAndEveryThreadOfIt_ButNoOtherChat()
    {
        await Stores.Subscriptions.AddAsync(New(Samples.Channel, "Ukraine"), None);
        await Stores.Subscriptions.AddAsync(New(Samples.Thread, "Gaza"), None);
        var other = await Stores.Subscriptions.AddAsync(New(Samples.OtherChannel, "Ukraine"), None);

        Assert.Equal(2, await Stores.Subscriptions.SetChatPausedAsync(Samples.Channel.Platform, Samples.Channel.ChannelId, paused: true, None));
        Assert.Equal([other], await Stores.Subscriptions.ListActiveAsync(None));

        Assert.Equal(2, await Stores.Subscriptions.SetChatPausedAsync(Samples.Channel.Platform, Samples.Channel.ChannelId, paused: false, None));
        Assert.Equal(3, (await Stores.Subscriptions.ListActiveAsync(None)).Count);
    }

    [ContractFact]
    public async Task MoveChat_MovesEverySubscriptionWithItsThread_AndDropsAQueryTheNewIdHas()
    {
        var newChat = Samples.Channel with { ChannelId = "-1009" };
        await Stores.Subscriptions.AddAsync(New(Samples.Channel, "Ukraine"), None);
        await Stores.Subscriptions.AddAsync(New(Samples.Thread, "Gaza"), None);
        await Stores.Subscriptions.AddAsync(New(Samples.Channel, "Kursk"), None);
        await Stores.Subscriptions.AddAsync(New(newChat, "Kursk"), None);

        var moved = await Stores.Subscriptions.MoveChatAsync(Samples.Channel.Platform, Samples.Channel.ChannelId, newChat.ChannelId, None);

        Assert.Equal(2, moved);
        Assert.Empty(await Stores.Subscriptions.ListByChannelAsync(Samples.Channel, None));
        Assert.Empty(await Stores.Subscriptions.ListByChannelAsync(Samples.Thread, None));
        Assert.Equal(["Kursk", "Ukraine"], (await Stores.Subscriptions.ListByChannelAsync(newChat, None)).Select(s => s.Query).Order());
        Assert.Equal(["Gaza"], (await Stores.Subscriptions.ListByChannelAsync(Samples.Thread with { ChannelId = "-1009" }, None)).Select(s => s.Query));
    }

    [ContractFact]
    public async Task Version_MovesWithEveryKindOfChange_AndAnotherNodeSeesIt()
    {
        var versions = new List<long> { await Stores.Subscriptions.GetVersionAsync(None) };
        async Task ChangedAsync(Func<Task> change)
        {
            await change();
            var version = await Stores.OpenAnother().Subscriptions.GetVersionAsync(None);
            Assert.DoesNotContain(version, versions);
            versions.Add(version);
        }

        var added = await Stores.Subscriptions.AddAsync(New(Samples.Channel, "Ukraine"), None);
        versions.Add(await Stores.Subscriptions.GetVersionAsync(None));
        Assert.NotEqual(versions[0], versions[1]);
        await ChangedAsync(() => Stores.Subscriptions.SetPausedAsync(Samples.Channel, paused: true, None));
        await ChangedAsync(() => Stores.Subscriptions.SetChatPausedAsync(Samples.Channel.Platform, Samples.Channel.ChannelId, paused: false, None));
        await ChangedAsync(() => Stores.Subscriptions.MoveChatAsync(Samples.Channel.Platform, Samples.Channel.ChannelId, "-1009", None));
        await ChangedAsync(() => Stores.Subscriptions.RemoveAsync(Samples.Channel with { ChannelId = "-1009" }, added.Id, None));

        Assert.Equal(versions[^1], await Stores.Subscriptions.GetVersionAsync(None));
    }

    [ContractFact]
    public async Task Add_WithoutOptions_IsInstantForEveryLanguage()
    {
        var added = await Stores.Subscriptions.AddAsync(New(Samples.Channel, "Ukraine"), None);

        Assert.Equal(SubscriptionMode.Instant, added.Mode);
        Assert.Null(added.DigestAt);
        Assert.Null(added.TimeZone);
        Assert.Empty(added.Languages);
    }

    [ContractFact]
    public async Task Add_DigestWithTimeZoneAndLanguages_ReadsBackTheSame()
    {
        var digest = New(Samples.Channel, "Ukraine") with
        {
            Mode = SubscriptionMode.Digest,
            DigestAt = new TimeOnly(8, 30),
            TimeZone = "Europe/Paris",
            Languages = ["fr", "en"],
        };

        var added = await Stores.Subscriptions.AddAsync(digest, None);

        var expected = new Subscription
        {
            Id = added.Id,
            Channel = Samples.Channel,
            Query = "Ukraine",
            CreatedBy = "user-1",
            CreatedAt = Samples.Now,
            Mode = SubscriptionMode.Digest,
            DigestAt = new TimeOnly(8, 30),
            TimeZone = "Europe/Paris",
            Languages = ["fr", "en"],
        };
        Assert.Equal(expected, added);
        Assert.Equal([expected], await Stores.Subscriptions.ListByChannelAsync(Samples.Channel, None));
        Assert.Equal([expected], await Stores.Subscriptions.ListActiveAsync(None));
    }

    [ContractFact]
    public async Task Add_SameQueryWithOtherOptions_KeepsTheFirstOptions()
    {
        var first = await Stores.Subscriptions.AddAsync(New(Samples.Channel, "Ukraine"), None);

        var again = await Stores.Subscriptions.AddAsync(New(Samples.Channel, "Ukraine") with { Mode = SubscriptionMode.Digest, DigestAt = new TimeOnly(7, 0) }, None);

        Assert.Equal(first, again);
    }

    [ContractFact]
    public async Task SetPaused_KeepsTheOptions()
    {
        await Stores.Subscriptions.AddAsync(New(Samples.Channel, "Ukraine") with { Mode = SubscriptionMode.Digest, DigestAt = new TimeOnly(18, 0), Languages = ["en"] }, None);

        await Stores.Subscriptions.SetPausedAsync(Samples.Channel, paused: true, None);

        var paused = Assert.Single(await Stores.Subscriptions.ListByChannelAsync(Samples.Channel, None));
        Assert.Equal((SubscriptionMode.Digest, (TimeOnly?)new TimeOnly(18, 0), "en"), (paused.Mode, paused.DigestAt, string.Join(',', paused.Languages)));
    }
}
