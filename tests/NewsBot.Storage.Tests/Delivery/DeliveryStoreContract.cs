using System.Collections.Concurrent;
using NewsBot.Core.Delivery;
using NewsBot.Testing.Time;

namespace NewsBot.Storage.Tests.Delivery;

public abstract class DeliveryStoreContract : StoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private readonly FakeTimeProvider _clock = new(Samples.Now);

    private DateTimeOffset Now => _clock.GetUtcNow();

    private async Task<long> ArticleAsync(string key) => (await Stores.Articles.TryAddAsync(Samples.Article(key), None))!.Id;

    private NewDelivery New(long articleId, ChannelAddress? channel = null, long subscriptionId = 1, DateTimeOffset? createdAt = null) => new()
    {
        Channel = channel ?? Samples.Channel,
        ArticleId = articleId,
        SubscriptionId = subscriptionId,
        CreatedAt = createdAt ?? Now,
    };

    private Task<IReadOnlyList<Core.Delivery.Delivery>> ClaimAsync(int limit = 10) => Stores.Deliveries.ClaimDueAsync(limit, Now, Now + Lease, None);

    // One row claimed here, whose lease ran out while it waited, and claimed again by another pass or node.
    private async Task<(Core.Delivery.Delivery Stale, Core.Delivery.Delivery Current)> ClaimedAgainAfterTheLeaseAsync()
    {
        await Stores.Deliveries.EnqueueAsync([New(await ArticleAsync("a"))], None);
        var stale = Assert.Single(await ClaimAsync());
        _clock.Advance(Lease + TimeSpan.FromSeconds(1));
        var current = Assert.Single(await Stores.OpenAnother().Deliveries.ClaimDueAsync(10, Now, Now + Lease, None));
        return (stale, current);
    }

    [ContractFact]
    public async Task Enqueue_NewDeliveries_AreDueAtCreation()
    {
        var article = await ArticleAsync("a");

        Assert.Equal(1, await Stores.Deliveries.EnqueueAsync([New(article, subscriptionId: 7)], None));

        var stored = Assert.Single(await Stores.Deliveries.ListByChannelAsync(Samples.Channel, None));
        Assert.Equal(
            new Core.Delivery.Delivery
            {
                Id = stored.Id,
                Channel = Samples.Channel,
                ArticleId = article,
                SubscriptionId = 7,
                Status = DeliveryStatus.Due,
                Attempts = 0,
                CreatedAt = Now,
                NextAttemptAt = Now,
            },
            stored);
    }

    [ContractFact]
    public async Task Enqueue_SameChannelAndArticleAgain_KeepsOneRowAndCountsOnlyNewOnes()
    {
        var a = await ArticleAsync("a");
        var b = await ArticleAsync("b");
        await Stores.Deliveries.EnqueueAsync([New(a, subscriptionId: 1)], None);

        var added = await Stores.Deliveries.EnqueueAsync([New(a, subscriptionId: 2), New(b), New(a, Samples.OtherChannel)], None);

        Assert.Equal(2, added);
        var inChannel = await Stores.Deliveries.ListByChannelAsync(Samples.Channel, None);
        Assert.Equal([(a, 1L), (b, 1L)], inChannel.Select(d => (d.ArticleId, d.SubscriptionId)));
    }

    [ContractFact]
    public async Task Enqueue_ThreadAndItsChannel_AreDifferentDestinations()
    {
        var a = await ArticleAsync("a");

        Assert.Equal(2, await Stores.Deliveries.EnqueueAsync([New(a, Samples.Channel), New(a, Samples.Thread)], None));
        Assert.Equal(Samples.Thread, Assert.Single(await Stores.Deliveries.ListByChannelAsync(Samples.Thread, None)).Channel);
    }

    [ContractFact]
    public async Task Claim_TakesOnlyDueRows_OldestFirst_UpToTheLimit()
    {
        var a = await ArticleAsync("a");
        var b = await ArticleAsync("b");
        var c = await ArticleAsync("c");
        var d = await ArticleAsync("d");
        await Stores.Deliveries.EnqueueAsync(
            [New(a, createdAt: Now.AddMinutes(-1)), New(b, createdAt: Now.AddMinutes(-5)), New(c, createdAt: Now.AddMinutes(-3)), New(d, createdAt: Now.AddMinutes(1))],
            None);

        var claimed = await ClaimAsync(limit: 2);

        Assert.Equal([b, c], claimed.Select(x => x.ArticleId));
        Assert.Equal([a], (await ClaimAsync()).Select(x => x.ArticleId));
    }

    [ContractFact]
    public async Task Claim_ForOnePlatform_TakesOnlyItsRows_OldestFirst()
    {
        var a = await ArticleAsync("a");
        var b = await ArticleAsync("b");
        var c = await ArticleAsync("c");
        await Stores.Deliveries.EnqueueAsync(
            [New(a, Samples.OtherChannel, createdAt: Now.AddMinutes(-9)), New(b, createdAt: Now.AddMinutes(-5)), New(c, createdAt: Now.AddMinutes(-7))],
            None);

        var telegram = await Stores.Deliveries.ClaimDueAsync(Samples.Channel.Platform, 10, Now, Now + Lease, None);
        var discord = await Stores.Deliveries.ClaimDueAsync(Samples.OtherChannel.Platform, 10, Now, Now + Lease, None);

        Assert.Equal([c, b], telegram.Select(x => x.ArticleId));
        Assert.Equal([a], discord.Select(x => x.ArticleId));
        Assert.Empty(await ClaimAsync());
    }

    [ContractFact]
    public async Task Claim_WhileLeased_GivesTheRowToNobodyElse()
    {
        await Stores.Deliveries.EnqueueAsync([New(await ArticleAsync("a"))], None);
        Assert.Single(await ClaimAsync());

        _clock.Advance(Lease - TimeSpan.FromSeconds(1));

        Assert.Empty(await Stores.OpenAnother().Deliveries.ClaimDueAsync(10, Now, Now + Lease, None));
    }

    [ContractFact]
    public async Task Claim_AfterTheLeaseExpired_ClaimsTheRowAgain()
    {
        // A worker that died mid-send never marks its row; the row comes back once its lease has passed.
        await Stores.Deliveries.EnqueueAsync([New(await ArticleAsync("a"))], None);
        var first = Assert.Single(await ClaimAsync());

        _clock.Advance(Lease + TimeSpan.FromSeconds(1));

        Assert.Equal(first.Id, Assert.Single(await Stores.OpenAnother().Deliveries.ClaimDueAsync(10, Now, Now + Lease, None)).Id);
    }

    [ContractFact]
    public async Task MarkSent_RecordsTheMessage_AndTheRowIsNeverClaimedAgain()
    {
        await Stores.Deliveries.EnqueueAsync([New(await ArticleAsync("a"))], None);
        var claimed = Assert.Single(await ClaimAsync());

        await Stores.Deliveries.MarkSentAsync(claimed.Id, "msg-1", Now, None);
        _clock.Advance(Lease * 10);

        Assert.Empty(await ClaimAsync());
        var sent = Assert.Single(await Stores.Deliveries.ListByChannelAsync(Samples.Channel, None));
        Assert.Equal((DeliveryStatus.Sent, "msg-1", (DateTimeOffset?)Samples.Now), (sent.Status, sent.MessageId, sent.SentAt));
    }

    [ContractFact]
    public async Task MarkFailed_WithARetryTime_CountsTheAttemptAndReleasesTheLease()
    {
        await Stores.Deliveries.EnqueueAsync([New(await ArticleAsync("a"))], None);
        var claimed = Assert.Single(await ClaimAsync());
        var retryAt = Now.AddSeconds(30);

        await Stores.Deliveries.MarkFailedAsync(claimed.Id, "429 Too Many Requests", retryAt, None);

        Assert.Empty(await ClaimAsync());
        _clock.Advance(TimeSpan.FromSeconds(30));

        // Still inside the first lease, but the failure released it.
        var retried = Assert.Single(await ClaimAsync());
        Assert.Equal((DeliveryStatus.Due, 1, "429 Too Many Requests", retryAt), (retried.Status, retried.Attempts, retried.LastError, retried.NextAttemptAt));
    }

    [ContractFact]
    public async Task MarkFailedOrDefer_AfterAnotherWorkerSentTheRow_LeaveItSent()
    {
        await Stores.Deliveries.EnqueueAsync([New(await ArticleAsync("a"))], None);
        var slow = Assert.Single(await ClaimAsync());
        _clock.Advance(Lease + TimeSpan.FromSeconds(1));
        var fast = Assert.Single(await ClaimAsync());
        await Stores.Deliveries.MarkSentAsync(fast.Id, "m1", Now, None);

        // The first worker's send failed late, after its lease: what the second sent must stay sent.
        await Stores.Deliveries.MarkFailedAsync(slow.Id, "timeout", Now, None);
        await Stores.Deliveries.DeferAsync(slow.Id, Now, None);

        var row = Assert.Single(await Stores.Deliveries.ListByChannelAsync(Samples.Channel, None));
        Assert.Equal((DeliveryStatus.Sent, "m1", 0), (row.Status, row.MessageId, row.Attempts));
        Assert.Empty(await ClaimAsync());
    }

    [ContractFact]
    public async Task MarkFailed_WithoutARetryTime_MakesTheRowDead()
    {
        await Stores.Deliveries.EnqueueAsync([New(await ArticleAsync("a"))], None);
        var claimed = Assert.Single(await ClaimAsync());

        await Stores.Deliveries.MarkFailedAsync(claimed.Id, "channel deleted", nextAttemptAt: null, None);
        _clock.Advance(TimeSpan.FromDays(1));

        Assert.Empty(await ClaimAsync());
        var dead = Assert.Single(await Stores.Deliveries.ListByChannelAsync(Samples.Channel, None));
        Assert.Equal((DeliveryStatus.Dead, 1, "channel deleted"), (dead.Status, dead.Attempts, dead.LastError));
    }

    [ContractFact]
    public async Task MarkUncertain_CountsTheAttempt_HoldsTheRowUntilItIsSettled_ThenItIsClaimedAsUncertain()
    {
        await Stores.Deliveries.EnqueueAsync([New(await ArticleAsync("a"))], None);
        var claimed = Assert.Single(await ClaimAsync());
        var settleAt = Now.AddSeconds(120);

        await Stores.Deliveries.MarkUncertainAsync(claimed.Id, "no answer within 60 s", Now, settleAt, None);

        Assert.Empty(await ClaimAsync());
        _clock.Advance(TimeSpan.FromSeconds(120));
        var settling = Assert.Single(await ClaimAsync());
        Assert.Equal(
            (DeliveryStatus.Uncertain, 1, "no answer within 60 s", settleAt, (DateTimeOffset?)Samples.Now),
            (settling.Status, settling.Attempts, settling.LastError, settling.NextAttemptAt, settling.UncertainAt));
        Assert.Empty(await Stores.OpenAnother().Deliveries.ClaimDueAsync(10, Now, Now + Lease, None));
    }

    [ContractFact]
    public async Task MarkUncertain_Again_KeepsTheFirstUnknownOutcome_AndAFailureLeavesItDue()
    {
        await Stores.Deliveries.EnqueueAsync([New(await ArticleAsync("a"))], None);
        var id = Assert.Single(await ClaimAsync()).Id;
        var first = Now;
        await Stores.Deliveries.MarkUncertainAsync(id, "lost", first, Now, None);
        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Single(await ClaimAsync());

        await Stores.Deliveries.MarkFailedAsync(id, "502", Now, None);
        var failed = Assert.Single(await ClaimAsync());
        await Stores.Deliveries.MarkUncertainAsync(id, "lost again", Now, Now, None);

        var row = Assert.Single(await Stores.Deliveries.ListByChannelAsync(Samples.Channel, None));
        Assert.Equal((DeliveryStatus.Due, (DateTimeOffset?)first), (failed.Status, failed.UncertainAt));
        Assert.Equal((DeliveryStatus.Uncertain, 3, (DateTimeOffset?)first), (row.Status, row.Attempts, row.UncertainAt));
    }

    [ContractFact]
    public async Task MarkSkipped_ClosesTheRowForGood_NoFailureOrDeferralReopensIt()
    {
        await Stores.Deliveries.EnqueueAsync([New(await ArticleAsync("a"))], None);
        var id = Assert.Single(await ClaimAsync()).Id;
        await Stores.Deliveries.MarkUncertainAsync(id, "lost", Now, Now, None);
        Assert.Single(await ClaimAsync());

        await Stores.Deliveries.MarkSkippedAsync(id, "not sent again under Delivery:OnUncertain = skip", None);
        await Stores.Deliveries.MarkFailedAsync(id, "late failure of another worker", Now, None);
        await Stores.Deliveries.DeferAsync(id, Now, None);
        await Stores.Deliveries.MarkUncertainAsync(id, "late", Now, Now, None);
        _clock.Advance(TimeSpan.FromDays(1));

        Assert.Empty(await ClaimAsync());
        var row = Assert.Single(await Stores.Deliveries.ListByChannelAsync(Samples.Channel, None));
        Assert.Equal((DeliveryStatus.Skipped, "not sent again under Delivery:OnUncertain = skip", 1), (row.Status, row.LastError, row.Attempts));
        Assert.Equal(0, await Stores.Deliveries.CountSentSinceAsync(Samples.Channel, Samples.Now, None));
    }

    [ContractFact]
    public async Task MarkUncertainOrSkipped_AfterAnotherWorkerSentTheRow_LeaveItSent()
    {
        await Stores.Deliveries.EnqueueAsync([New(await ArticleAsync("a"))], None);
        var slow = Assert.Single(await ClaimAsync());
        _clock.Advance(Lease + TimeSpan.FromSeconds(1));
        await Stores.Deliveries.MarkSentAsync(Assert.Single(await ClaimAsync()).Id, "m1", Now, None);

        await Stores.Deliveries.MarkUncertainAsync(slow.Id, "lost", Now, Now, None);
        await Stores.Deliveries.MarkSkippedAsync(slow.Id, "skip", None);

        var row = Assert.Single(await Stores.Deliveries.ListByChannelAsync(Samples.Channel, None));
        Assert.Equal((DeliveryStatus.Sent, "m1", (DateTimeOffset?)null), (row.Status, row.MessageId, row.UncertainAt));
    }

    [ContractFact]
    public async Task MarkUncertainOrSkipped_UnknownDelivery_Throws()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => Stores.Deliveries.MarkUncertainAsync(999, "lost", Now, Now, None));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Stores.Deliveries.MarkSkippedAsync(999, "skip", None));
    }

    [ContractFact]
    public async Task MarkSent_UnknownDelivery_Throws()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => Stores.Deliveries.MarkSentAsync(999, "msg", Now, None));
    }

    [ContractFact]
    public async Task Claim_TwoWorkersAtOnce_NeverGetTheSameRow()
    {
        const int count = 120;
        var rows = new List<NewDelivery>();
        for (var i = 0; i < count; i++)
        {
            rows.Add(New(await ArticleAsync($"n{i}")));
        }

        await Stores.Deliveries.EnqueueAsync(rows, None);
        var claimedIds = new ConcurrentBag<long>();

        async Task WorkAsync(StoreSet node)
        {
            // Bounded, so a store that hands rows out twice fails the test instead of looping forever.
            for (var round = 0; round < count; round++)
            {
                var batch = await node.Deliveries.ClaimDueAsync(7, Now, Now + Lease, None);
                if (batch.Count == 0)
                {
                    return;
                }

                foreach (var delivery in batch)
                {
                    claimedIds.Add(delivery.Id);
                }
            }
        }

        await Task.WhenAll(Task.Run(() => WorkAsync(Stores)), Task.Run(() => WorkAsync(Stores.OpenAnother())), Task.Run(() => WorkAsync(Stores.OpenAnother())));

        Assert.Equal(count, claimedIds.Count);
        Assert.Equal(count, claimedIds.Distinct().Count());
    }

    private async Task<long> SentAsync(string key, ChannelAddress channel, DateTimeOffset sentAt)
    {
        var article = await ArticleAsync(key);
        await Stores.Deliveries.EnqueueAsync([New(article, channel)], None);
        var row = (await Stores.Deliveries.ListByChannelAsync(channel, None)).Single(d => d.ArticleId == article);
        await Stores.Deliveries.MarkSentAsync(row.Id, $"msg-{key}", sentAt, None);
        return row.Id;
    }

    [ContractFact]
    public async Task MoveChat_MovesOnlyUnsentDeliveries_AndKillsOneTheNewIdAlreadyHas()
    {
        var newChat = Samples.Channel with { ChannelId = "-1009" };
        var sent = await ArticleAsync("sent");
        var due = await ArticleAsync("due");
        var inThread = await ArticleAsync("thread");
        var both = await ArticleAsync("both");
        await Stores.Deliveries.EnqueueAsync([New(sent), New(due), New(inThread, Samples.Thread), New(both), New(both, newChat)], None);
        var sentRow = (await Stores.Deliveries.ListByChannelAsync(Samples.Channel, None)).Single(d => d.ArticleId == sent);
        await Stores.Deliveries.MarkSentAsync(sentRow.Id, "m1", Now, None);

        var moved = await Stores.Deliveries.MoveChatAsync(Samples.Channel.Platform, Samples.Channel.ChannelId, newChat.ChannelId, None);

        Assert.Equal(2, moved);
        var left = await Stores.Deliveries.ListByChannelAsync(Samples.Channel, None);
        Assert.Equal(DeliveryStatus.Sent, left.Single(d => d.ArticleId == sent).Status);
        Assert.Equal(DeliveryStatus.Dead, left.Single(d => d.ArticleId == both).Status);
        Assert.Equal([due, both], (await Stores.Deliveries.ListByChannelAsync(newChat, None)).Select(d => d.ArticleId).Order());
        Assert.Equal([inThread], (await Stores.Deliveries.ListByChannelAsync(Samples.Thread with { ChannelId = "-1009" }, None)).Select(d => d.ArticleId));
    }

    [ContractFact]
    public async Task MoveChat_UncertainDelivery_MovesWithTheChatAndStaysUncertain()
    {
        var newChat = Samples.Channel with { ChannelId = "-1009" };
        await Stores.Deliveries.EnqueueAsync([New(await ArticleAsync("a"))], None);
        var id = Assert.Single(await ClaimAsync()).Id;
        await Stores.Deliveries.MarkUncertainAsync(id, "lost", Now, Now.AddMinutes(2), None);

        Assert.Equal(1, await Stores.Deliveries.MoveChatAsync(Samples.Channel.Platform, Samples.Channel.ChannelId, newChat.ChannelId, None));

        var moved = Assert.Single(await Stores.Deliveries.ListByChannelAsync(newChat, None));
        Assert.Equal((id, DeliveryStatus.Uncertain), (moved.Id, moved.Status));
    }

    [ContractFact]
    public async Task CountSentSince_CountsOnlyThisChannelsSentRows_FromTheGivenTimeOn()
    {
        await SentAsync("old", Samples.Channel, Now.AddHours(-2));
        await SentAsync("edge", Samples.Channel, Now.AddHours(-1));
        await SentAsync("new", Samples.Channel, Now);
        await SentAsync("thread", Samples.Thread, Now);
        await SentAsync("other", Samples.OtherChannel, Now);
        await Stores.Deliveries.EnqueueAsync([New(await ArticleAsync("due"))], None);

        Assert.Equal(2, await Stores.Deliveries.CountSentSinceAsync(Samples.Channel, Now.AddHours(-1), None));
        Assert.Equal(1, await Stores.Deliveries.CountSentSinceAsync(Samples.Thread, Now.AddHours(-1), None));
        Assert.Equal(0, await Stores.Deliveries.CountSentSinceAsync(Samples.Channel, Now.AddSeconds(1), None));
    }

    [ContractFact]
    public async Task CountSentSinceAndLastSentAt_UpdatesOfAStoryAlreadyTold_AreNotAlertsOfTheChannel()
    {
        // A channel's daily cap and spacing are of alerts: a story retold all day must not use up the channel's cap
        // with its edits and replies, holding the channel's next stories to the next day.
        await SentAsync("alert", Samples.Channel, Now.AddMinutes(-30));
        var story = await Stores.Stories.CreateAsync(Now, None);
        foreach (var minutes in new[] { -20, -10, 0 })
        {
            var article = await ArticleAsync($"update{minutes}");
            await Stores.Deliveries.EnqueueAsync(
                [New(article) with { Kind = DeliveryKind.Update, StoryId = story }], None);
            var update = (await Stores.Deliveries.ListByChannelAsync(Samples.Channel, None)).Single(d => d.ArticleId == article);
            await Stores.Deliveries.MarkSentAsync(update.Id, "msg-alert", Now.AddMinutes(minutes), None);
        }

        Assert.Equal(1, await Stores.Deliveries.CountSentSinceAsync(Samples.Channel, Now.AddHours(-1), None));
        Assert.Equal(Now.AddMinutes(-30), await Stores.Deliveries.LastSentAtAsync(Samples.Channel, None));
    }

    [ContractFact]
    public async Task LastWrittenAt_IsTheLatestSendUnderThatMessageAmongTheStorysRowsInThisChannel()
    {
        var story = await Stores.Stories.CreateAsync(Now, None);
        var other = await Stores.Stories.CreateAsync(Now, None);
        async Task RowAsync(string key, ChannelAddress channel, long storyId, DeliveryKind kind, string messageId, DateTimeOffset sentAt)
        {
            var article = await ArticleAsync(key);
            await Stores.Deliveries.EnqueueAsync([New(article, channel) with { Kind = kind, StoryId = storyId }], None);
            var row = (await Stores.Deliveries.ListByChannelAsync(channel, None)).Single(d => d.ArticleId == article);
            await Stores.Deliveries.MarkSentAsync(row.Id, messageId, sentAt, None);
        }

        Assert.Null(await Stores.Deliveries.LastWrittenAtAsync(Samples.Channel, story, "m-alert", None));
        await RowAsync("alert", Samples.Channel, story, DeliveryKind.Alert, "m-alert", Now.AddMinutes(-30));
        Assert.Equal(Now.AddMinutes(-30), await Stores.Deliveries.LastWrittenAtAsync(Samples.Channel, story, "m-alert", None));

        await RowAsync("edit", Samples.Channel, story, DeliveryKind.Update, "m-alert", Now.AddMinutes(-10));
        await RowAsync("reply", Samples.Channel, story, DeliveryKind.Update, "m-reply", Now);
        await RowAsync("other-story", Samples.Channel, other, DeliveryKind.Update, "m-alert", Now);
        await RowAsync("thread", Samples.Thread, story, DeliveryKind.Update, "m-alert", Now);
        await Stores.Deliveries.EnqueueAsync([New(await ArticleAsync("due")) with { Kind = DeliveryKind.Update, StoryId = story }], None);

        Assert.Equal(Now.AddMinutes(-10), await Stores.Deliveries.LastWrittenAtAsync(Samples.Channel, story, "m-alert", None));
        Assert.Equal(Now, await Stores.Deliveries.LastWrittenAtAsync(Samples.Channel, story, "m-reply", None));
    }

    [ContractFact]
    public async Task LastSentAt_IsTheLatestSendToThisChannel_OrNullWhenNoneWasSent()
    {
        await Stores.Deliveries.EnqueueAsync([New(await ArticleAsync("due"))], None);
        Assert.Null(await Stores.Deliveries.LastSentAtAsync(Samples.Channel, None));

        await SentAsync("b", Samples.Channel, Now.AddMinutes(-5));
        await SentAsync("a", Samples.Channel, Now.AddMinutes(-10));
        await SentAsync("thread", Samples.Thread, Now);

        Assert.Equal(Now.AddMinutes(-5), await Stores.Deliveries.LastSentAtAsync(Samples.Channel, None));
    }

    [ContractFact]
    public async Task Defer_MovesTheNextAttempt_ReleasesTheLease_AndCountsNoAttempt()
    {
        await Stores.Deliveries.EnqueueAsync([New(await ArticleAsync("a"))], None);
        var claimed = Assert.Single(await ClaimAsync());
        var until = Now.AddHours(3);

        await Stores.Deliveries.DeferAsync(claimed.Id, until, None);

        _clock.Advance(TimeSpan.FromHours(3) - TimeSpan.FromSeconds(1));
        Assert.Empty(await ClaimAsync());
        _clock.Advance(TimeSpan.FromSeconds(1));

        // The first lease ran out long ago; claimed at the deferred time means the deferral, not the lease, held it.
        var again = Assert.Single(await ClaimAsync());
        Assert.Equal((claimed.Id, DeliveryStatus.Due, 0, (string?)null, until), (again.Id, again.Status, again.Attempts, again.LastError, again.NextAttemptAt));
    }

    [ContractFact]
    public async Task Defer_ReleasesTheLeaseAtOnce_WhenDeferredToNow()
    {
        await Stores.Deliveries.EnqueueAsync([New(await ArticleAsync("a"))], None);
        var claimed = Assert.Single(await ClaimAsync());

        await Stores.Deliveries.DeferAsync(claimed.Id, Now, None);

        Assert.Equal(claimed.Id, Assert.Single(await Stores.OpenAnother().Deliveries.ClaimDueAsync(10, Now, Now + Lease, None)).Id);
    }

    [ContractFact]
    public async Task Defer_UnknownDelivery_Throws()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => Stores.Deliveries.DeferAsync(999, Now, None));
    }

    [ContractFact]
    public async Task DeferClaimed_WhileItsClaimHolds_MovesTheNextAttemptAndReleasesTheRow()
    {
        await Stores.Deliveries.EnqueueAsync([New(await ArticleAsync("a"))], None);
        var claimed = Assert.Single(await ClaimAsync());
        var until = Now.AddMinutes(5);

        Assert.True(await Stores.Deliveries.DeferClaimedAsync(claimed, until, None));

        _clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        Assert.Empty(await ClaimAsync());
        _clock.Advance(TimeSpan.FromSeconds(1));
        var again = Assert.Single(await ClaimAsync());
        Assert.Equal((claimed.Id, DeliveryStatus.Due, 0, until), (again.Id, again.Status, again.Attempts, again.NextAttemptAt));
    }

    [ContractFact]
    public async Task DeferClaimed_ByAClaimWhoseLeaseEndedAndTheRowWasClaimedAgain_IsRefusedAndLeavesTheNewClaimsLease()
    {
        // The first pass looked up the channel's limits past its whole lease, and another pass claimed the row and is
        // sending it: deferring it now would free that claim's lease, and a third claim would post it again.
        var (stale, current) = await ClaimedAgainAfterTheLeaseAsync();

        Assert.False(await Stores.Deliveries.DeferClaimedAsync(stale, Now, None));

        Assert.Empty(await Stores.OpenAnother().Deliveries.ClaimDueAsync(10, Now, Now + Lease, None));
        Assert.True(await Stores.Deliveries.ExtendLeaseAsync(current.Id, current.LeaseUntil!.Value, Now + Lease, None));
    }

    [ContractFact]
    public async Task FailClaimed_WhileItsClaimHolds_CountsTheAttemptAndRetriesOrDeadLetters()
    {
        await Stores.Deliveries.EnqueueAsync([New(await ArticleAsync("retried")), New(await ArticleAsync("dead"))], None);
        var claimed = await ClaimAsync();
        var (retried, dead) = (claimed[0], claimed[1]);

        Assert.True(await Stores.Deliveries.FailClaimedAsync(retried, "composing failed", Now.AddMinutes(1), None));
        Assert.True(await Stores.Deliveries.FailClaimedAsync(dead, "the subscription was removed", null, None));

        var rows = (await Stores.Deliveries.ListByChannelAsync(Samples.Channel, None)).ToDictionary(d => d.Id);
        Assert.Equal((DeliveryStatus.Due, 1, "composing failed", Now.AddMinutes(1)), (rows[retried.Id].Status, rows[retried.Id].Attempts, rows[retried.Id].LastError, rows[retried.Id].NextAttemptAt));
        Assert.Equal((DeliveryStatus.Dead, 1, "the subscription was removed"), (rows[dead.Id].Status, rows[dead.Id].Attempts, rows[dead.Id].LastError));
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(retried.Id, Assert.Single(await ClaimAsync()).Id);
    }

    [ContractFact]
    public async Task FailClaimed_ByAClaimWhoseLeaseEndedAndTheRowWasClaimedAgain_IsRefusedAndLeavesTheRowAsItWas()
    {
        var (stale, current) = await ClaimedAgainAfterTheLeaseAsync();

        Assert.False(await Stores.Deliveries.FailClaimedAsync(stale, "late", null, None));

        var row = Assert.Single(await Stores.Deliveries.ListByChannelAsync(Samples.Channel, None));
        Assert.Equal((DeliveryStatus.Due, 0, (string?)null), (row.Status, row.Attempts, row.LastError));
        Assert.Empty(await Stores.OpenAnother().Deliveries.ClaimDueAsync(10, Now, Now + Lease, None));
        Assert.True(await Stores.Deliveries.ExtendLeaseAsync(current.Id, current.LeaseUntil!.Value, Now + Lease, None));
    }

    [ContractFact]
    public async Task MergeClaimed_WhileItsClaimHolds_ClosesTheRowAsSentUnderTheAlertsMessage()
    {
        await Stores.Deliveries.EnqueueAsync([New(await ArticleAsync("a"))], None);
        var claimed = Assert.Single(await ClaimAsync());

        Assert.True(await Stores.Deliveries.MergeClaimedAsync(claimed, "alert-7", Now, None));

        var row = Assert.Single(await Stores.Deliveries.ListByChannelAsync(Samples.Channel, None));
        Assert.Equal((DeliveryStatus.Sent, "alert-7", (DateTimeOffset?)Now), (row.Status, row.MessageId, row.SentAt));
        _clock.Advance(Lease * 2);
        Assert.Empty(await ClaimAsync());
    }

    [ContractFact]
    public async Task MergeClaimed_ByAClaimWhoseLeaseEndedAndTheRowWasClaimedAgain_IsRefusedAndLeavesItToTheNewClaim()
    {
        var (stale, current) = await ClaimedAgainAfterTheLeaseAsync();

        Assert.False(await Stores.Deliveries.MergeClaimedAsync(stale, "alert-7", Now, None));

        var row = Assert.Single(await Stores.Deliveries.ListByChannelAsync(Samples.Channel, None));
        Assert.Equal((DeliveryStatus.Due, (string?)null), (row.Status, row.MessageId));
        Assert.True(await Stores.Deliveries.ExtendLeaseAsync(current.Id, current.LeaseUntil!.Value, Now + Lease, None));
    }

    [ContractFact]
    public async Task SettlingByTheClaim_ARowNeverClaimed_IsRefusedAsAnArgument()
    {
        await Stores.Deliveries.EnqueueAsync([New(await ArticleAsync("a"))], None);
        var row = Assert.Single(await Stores.Deliveries.ListByChannelAsync(Samples.Channel, None)) with { LeaseUntil = null };

        await Assert.ThrowsAsync<ArgumentException>(() => Stores.Deliveries.DeferClaimedAsync(row, Now, None));
        await Assert.ThrowsAsync<ArgumentException>(() => Stores.Deliveries.FailClaimedAsync(row, "x", null, None));
        await Assert.ThrowsAsync<ArgumentException>(() => Stores.Deliveries.MergeClaimedAsync(row, "m", Now, None));
    }

    [ContractFact]
    public async Task HandBack_WhileItsClaimHolds_ReleasesTheRowAtOnce()
    {
        await Stores.Deliveries.EnqueueAsync([New(await ArticleAsync("a"))], None);
        var claimed = Assert.Single(await ClaimAsync());
        _clock.Advance(Lease / 2 + TimeSpan.FromSeconds(1));

        await Stores.Deliveries.HandBackAsync(claimed, Now, None);

        Assert.Equal(claimed.Id, Assert.Single(await Stores.OpenAnother().Deliveries.ClaimDueAsync(10, Now, Now + Lease, None)).Id);
    }

    [ContractFact]
    public async Task HandBack_ByAClaimWhoseLeaseEndedAndTheRowWasClaimedAgain_LeavesTheNewClaimsLease()
    {
        // A row that waited past its whole lease was claimed again by another pass; the first pass's late hand-back
        // must not free it, or a third claim would post it while the second sends it.
        var (stale, current) = await ClaimedAgainAfterTheLeaseAsync();

        await Stores.Deliveries.HandBackAsync(stale, Now, None);

        Assert.Equal(stale.Id, current.Id);
        Assert.NotEqual(stale.LeaseUntil, current.LeaseUntil);
        Assert.Empty(await Stores.OpenAnother().Deliveries.ClaimDueAsync(10, Now, Now + Lease, None));
    }

    [ContractFact]
    public async Task ExtendLease_WhileItsClaimHolds_KeepsTheRowFromOtherClaimsPastTheFirstLease()
    {
        await Stores.Deliveries.EnqueueAsync([New(await ArticleAsync("a"))], None);
        var claimed = Assert.Single(await ClaimAsync());
        _clock.Advance(Lease * 3 / 4);

        Assert.True(await Stores.Deliveries.ExtendLeaseAsync(claimed.Id, claimed.LeaseUntil!.Value, Now + Lease, None));
        _clock.Advance(Lease / 2);

        Assert.Empty(await Stores.OpenAnother().Deliveries.ClaimDueAsync(10, Now, Now + Lease, None));
        _clock.Advance(Lease);
        Assert.Equal(claimed.Id, Assert.Single(await Stores.OpenAnother().Deliveries.ClaimDueAsync(10, Now, Now + Lease, None)).Id);
    }

    [ContractFact]
    public async Task ExtendLease_ByAClaimWhoseLeaseEndedAndTheRowWasClaimedAgain_IsRefusedAndLeavesTheNewLease()
    {
        var (stale, current) = await ClaimedAgainAfterTheLeaseAsync();

        Assert.False(await Stores.Deliveries.ExtendLeaseAsync(stale.Id, stale.LeaseUntil!.Value, Now + (Lease * 10), None));

        _clock.Advance(Lease + TimeSpan.FromSeconds(1));
        Assert.Equal(current.Id, Assert.Single(await Stores.OpenAnother().Deliveries.ClaimDueAsync(10, Now, Now + Lease, None)).Id);
    }

    [ContractFact]
    public async Task ExtendLease_AfterTheRowWasSent_IsRefusedAndLeavesItSent()
    {
        await Stores.Deliveries.EnqueueAsync([New(await ArticleAsync("a"))], None);
        var claimed = Assert.Single(await ClaimAsync());
        await Stores.Deliveries.MarkSentAsync(claimed.Id, "m1", Now, None);

        Assert.False(await Stores.Deliveries.ExtendLeaseAsync(claimed.Id, claimed.LeaseUntil!.Value, Now + Lease, None));

        var row = Assert.Single(await Stores.Deliveries.ListByChannelAsync(claimed.Channel, None));
        Assert.Equal(DeliveryStatus.Sent, row.Status);
    }

    [ContractFact]
    public async Task HandBack_AfterTheRowWasSent_LeavesItSent()
    {
        await Stores.Deliveries.EnqueueAsync([New(await ArticleAsync("a"))], None);
        var claimed = Assert.Single(await ClaimAsync());
        await Stores.Deliveries.MarkSentAsync(claimed.Id, "m1", Now, None);

        await Stores.Deliveries.HandBackAsync(claimed, Now, None);

        var row = Assert.Single(await Stores.Deliveries.ListByChannelAsync(claimed.Channel, None));
        Assert.Equal(DeliveryStatus.Sent, row.Status);
    }
}
