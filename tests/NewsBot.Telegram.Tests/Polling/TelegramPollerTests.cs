using NewsBot.Core.Delivery;
using NewsBot.Core.Subscriptions;
using NewsBot.Telegram.Interaction;
using NewsBot.Telegram.Polling;
using NewsBot.Testing.Telegram;
using NewsBot.Testing.Time;

namespace NewsBot.Telegram.Tests.Polling;

#pragma warning disable CA1001 // The harness is disposed in IAsyncLifetime.DisposeAsync, which the analyzer does not know of.
public sealed class TelegramPollerTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private const long Group = -1001500;
    private const long Admin = 11;
    private const long Member = 12;

    private FakeBotApi _fake = null!;
    private TelegramHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeBotApi.StartAsync();
        _fake.SetMember(Group, Admin, "administrator");
        _harness = new TelegramHarness(_fake);
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        await _fake.DisposeAsync();
    }

    private static ChannelAddress Topic(string? thread = null) => new("telegram", Group.ToString(System.Globalization.CultureInfo.InvariantCulture), thread);

    [Fact]
    public async Task Start_SetsTheCommandMenuAndPollsForTheUpdatesItHandles()
    {
        await _harness.StartPollingAsync();
        await _fake.WaitUntilConfirmedAsync();

        Assert.NotNull(_fake.Commands);
        Assert.Contains(_fake.Commands, c => c.Command == "subscribe");
        Assert.Contains(_fake.Commands, c => c.Command == "figures");
        Assert.Contains(_fake.Commands, c => c.Command == "help");
        Assert.Equal(["message", "channel_post", "callback_query", "my_chat_member"], _fake.AllowedUpdates);
        Assert.Empty(_fake.Violations);
    }

    [Fact]
    public async Task Subscribe_FromAGroupAdminInAForumTopic_SubscribesTheTopicAndRepliesThere()
    {
        await _harness.StartPollingAsync();

        _fake.PushMessage(Group, "supergroup", Admin, "/subscribe@FakeNewsBot corée du nord", threadId: 9);
        var reply = await _fake.WaitForMessageAsync(m => m.Visible.Contains("Subscribed", StringComparison.Ordinal));

        Assert.Equal(9, reply.ThreadId);
        Assert.NotNull(reply.ReplyToMessageId);
        Assert.Equal("corée du nord", Assert.Single(await _harness.Subscriptions.ListByChannelAsync(Topic("9"), CancellationToken.None)).Query);
        Assert.Empty(_fake.Violations);
    }

    [Fact]
    public async Task Subscribe_FromAPlainMember_IsRefusedPolitely()
    {
        await _harness.StartPollingAsync();

        _fake.PushMessage(Group, "supergroup", Member, "/subscribe corée du nord");
        var reply = await _fake.WaitForMessageAsync(_ => true);

        Assert.StartsWith("⚠️ Only channel managers can use subscribe", reply.Visible, StringComparison.Ordinal);
        Assert.Empty(await _harness.Subscriptions.ListByChannelAsync(Topic(), CancellationToken.None));
    }

    [Fact]
    public async Task Command_ForAnotherBot_IsIgnored()
    {
        await _harness.StartPollingAsync();

        _fake.PushMessage(Group, "supergroup", Admin, "/help@SomeOtherBot");
        _fake.PushMessage(Group, "supergroup", Admin, "/help");
        await _fake.WaitForMessageAsync(_ => true);
        await _fake.WaitUntilConfirmedAsync();

        Assert.Single(_fake.Messages);
    }

    [Fact]
    public async Task Restart_GoesOnAfterTheLastHandledUpdate_WithoutRepeatingOrLosingOne()
    {
        await _harness.StartPollingAsync();
        var first = _fake.PushMessage(Group, "supergroup", Admin, "/subscriptions");
        await _fake.WaitForMessageAsync(_ => true);

        // The stop may come while the reply is still in flight: the update in hand is finished and recorded first.
        await _harness.StopPollingAsync();
        var whileDown = _fake.PushMessage(Group, "supergroup", Admin, "/help");
        await using var restarted = new TelegramHarness(_fake, restartOf: _harness);
        await restarted.StartPollingAsync();

        // Acknowledged means its offset was stored, which comes after its reply: nothing can come later.
        await _fake.WaitUntilConfirmedAsync();
        Assert.Equal(2, _fake.Messages.Count);
        Assert.Equal(whileDown.ToString(System.Globalization.CultureInfo.InvariantCulture), await _harness.State.GetAsync(UpdateJournal.OffsetKey, CancellationToken.None));
        Assert.True(whileDown > first);
    }

    [Fact]
    public async Task UnreadableUpdate_IsLoggedWithItsIdSkippedAndCounted_AndLaterCommandsAreAnswered()
    {
        await _harness.DisposeAsync();
        using var logs = new RecordingLogger();
        _harness = new TelegramHarness(_fake, logs: logs);
        using var skipped = new SkippedUpdates(_harness.Services);

        var unreadable = _fake.PushUnreadable();
        _fake.PushMessage(Group, "supergroup", Admin, "/help");
        await _harness.StartPollingAsync();
        await _fake.WaitUntilConfirmedAsync();

        Assert.Single(_fake.Messages);
        Assert.Contains(logs.Lines, l => l.Line.Contains($"update {unreadable} cannot be read", StringComparison.Ordinal));
        Assert.Equal(1, skipped.Count("unreadable"));
    }

    [Fact]
    public async Task UpdateWhoseHandlingThrows_IsTriedABoundedNumberOfTimesThenSkipped_AndLaterCommandsAreAnswered()
    {
        await _harness.DisposeAsync();
        using var logs = new RecordingLogger();
        ThrowingSubscriptionStore? throwing = null;
        _harness = new TelegramHarness(_fake, logs: logs, wrapSubscriptions: s => throwing = new ThrowingSubscriptionStore(s, "-1009"));
        using var skipped = new SkippedUpdates(_harness.Services);

        // Commands are already answered "something went wrong" by the command service; a membership change is not.
        var poison = _fake.PushMyChatMember(-1009, "supergroup", "member", "kicked");
        _fake.PushMessage(Group, "supergroup", Admin, "/help");
        await _harness.StartPollingAsync();
        await _fake.WaitUntilConfirmedAsync();

        Assert.Single(_fake.Messages);
        Assert.Equal(UpdateProcessor.MaxAttempts, throwing!.Failures);
        Assert.Contains(logs.Lines, l => l.Line.Contains($"update {poison} could not be handled in {UpdateProcessor.MaxAttempts} tries", StringComparison.Ordinal));
        Assert.Equal(1, skipped.Count("failed"));
    }

    [Fact]
    public async Task Reply_FailingWith502_IsSentAgainWithoutRunningTheCommandTwice()
    {
        _fake.FailNext("sendMessage", 502, "Bad Gateway");
        await _harness.StartPollingAsync();

        _fake.PushMessage(Group, "supergroup", Admin, "/subscribe japon");
        await _fake.WaitUntilConfirmedAsync();

        // Run twice, the command would answer "Already subscribed".
        Assert.StartsWith("Subscribed to “japon”", Assert.Single(_fake.Messages).Visible, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_TooManyRequests_IsSentOnceAfterItsRetryAfterWithoutRunningTheCommandTwice()
    {
        _fake.FailNext("sendMessage", 429, "Too Many Requests: retry after 1", retryAfter: 1);
        await _harness.StartPollingAsync();

        _fake.PushMessage(Group, "supergroup", Admin, "/subscribe norvège");
        await _fake.WaitUntilConfirmedAsync();

        Assert.StartsWith("Subscribed to “norvège”", Assert.Single(_fake.Messages).Visible, StringComparison.Ordinal);
        Assert.Equal(2, _fake.Calls.Count(c => c == "sendMessage"));
    }

    [Fact]
    public async Task Reply_AProxysHtml502Page_IsSentAgainWithBackoff()
    {
        _fake.FailNextWithProxyPage("sendMessage", 502, times: 2);
        await _harness.StartPollingAsync();

        _fake.PushMessage(Group, "supergroup", Admin, "/subscribe islande");
        await _fake.WaitUntilConfirmedAsync();

        Assert.StartsWith("Subscribed to “islande”", Assert.Single(_fake.Messages).Visible, StringComparison.Ordinal);
        Assert.Equal(3, _fake.Calls.Count(c => c == "sendMessage"));
    }

    [Fact]
    public async Task Reply_Failing5xxEveryTime_IsDroppedAfterBoundedTries_AndLaterCommandsAreAnswered()
    {
        await _harness.DisposeAsync();
        using var logs = new RecordingLogger();
        _harness = new TelegramHarness(_fake, logs: logs);
        using var skipped = new SkippedUpdates(_harness.Services);
        _fake.FailNext("sendMessage", 502, "Bad Gateway", times: 100, chatId: -1007);
        await _harness.StartPollingAsync();

        var lost = _fake.PushMessage(-1007, "supergroup", Admin, "/help");
        _fake.PushMessage(Group, "supergroup", Admin, "/help");
        await _fake.WaitUntilConfirmedAsync();

        Assert.Single(_fake.Messages);
        Assert.Equal(UpdateProcessor.MaxAttempts, _fake.Calls.Count(c => c == "sendMessage") - 1);
        Assert.Contains(logs.Lines, l => l.Line.Contains($"answer to update {lost} could not be sent in {UpdateProcessor.MaxAttempts} tries", StringComparison.Ordinal));
        Assert.Equal(1, skipped.Count("unsent"));
    }

    [Fact]
    public async Task Conflict_409_IsWaitedOutAndPollingGoesOn()
    {
        _fake.FailNext("getUpdates", 409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running", times: 2);
        await _harness.StartPollingAsync();

        _fake.PushMessage(Group, "supergroup", Admin, "/help");
        await _fake.WaitForMessageAsync(_ => true);

        Assert.True(_fake.Calls.Count(c => c == "getUpdates") >= 3);
    }

    [Fact]
    public async Task Poller_WhileAnotherHolderHasTheLease_DoesNotPoll_ThenTakesOver()
    {
        var other = await _harness.Leases.TryAcquireAsync(TelegramPoller.LeaseName, CancellationToken.None);
        await _harness.StartPollingAsync();
        _fake.PushMessage(Group, "supergroup", Admin, "/help");
        await Task.Delay(500);
        Assert.DoesNotContain("getUpdates", _fake.Calls);

        await other!.DisposeAsync();
        await _fake.WaitForMessageAsync(_ => true);
    }

    [Fact]
    public async Task BotKickedThenAddedBack_PausesThenResumesTheChatsSubscriptions()
    {
        await _harness.Subscriptions.AddAsync(new NewSubscription { Channel = Topic("4"), Query = "séisme", CreatedAt = DateTimeOffset.UnixEpoch }, CancellationToken.None);
        await _harness.Subscriptions.AddAsync(new NewSubscription { Channel = Topic(), Query = "japon", CreatedAt = DateTimeOffset.UnixEpoch }, CancellationToken.None);
        await _harness.StartPollingAsync();

        _fake.PushMyChatMember(Group, "supergroup", "administrator", "kicked");
        await _fake.WaitUntilConfirmedAsync();
        var whileKicked = await _harness.Subscriptions.ListActiveAsync(CancellationToken.None);
        _fake.PushMyChatMember(Group, "supergroup", "left", "member");
        await _fake.WaitUntilConfirmedAsync();
        var afterReturn = await _harness.Subscriptions.ListActiveAsync(CancellationToken.None);

        Assert.Empty(whileKicked);
        Assert.Equal(2, afterReturn.Count);
    }

    [Fact]
    public async Task MoreFiguresButton_PostsTheFiguresAndAnswersThePress()
    {
        await _harness.Subscriptions.AddAsync(new NewSubscription { Channel = Topic(), Query = "corée du nord", CreatedAt = DateTimeOffset.UnixEpoch }, CancellationToken.None);
        await _harness.StartPollingAsync();

        var press = _fake.PushCallback(Group, "supergroup", Member, 77, AlertButtons.FiguresPrefix + AlertButtons.TopicHash("corée du nord"));
        var posted = await _fake.WaitForMessageAsync(_ => true);
        await _fake.WaitUntilConfirmedAsync();

        Assert.Contains("corée du nord", posted.Visible, StringComparison.Ordinal);
        Assert.Equal(77, posted.ReplyToMessageId);
        Assert.Contains(_fake.AnsweredCallbacks, a => a.Id == press);
        Assert.Empty(_fake.Violations);
    }

    [Fact]
    public async Task StaleButtons_OfAnUnknownKindOrAForgottenTopic_AreAnsweredWithoutRunningAnything()
    {
        await _harness.Subscriptions.AddAsync(new NewSubscription { Channel = Topic(), Query = "corée du nord", CreatedAt = DateTimeOffset.UnixEpoch }, CancellationToken.None);
        await _harness.StartPollingAsync();

        var unknownKind = _fake.PushCallback(Group, "supergroup", Admin, 77, "x:" + AlertButtons.TopicHash("corée du nord"));
        await _fake.WaitUntilConfirmedAsync();
        var forgotten = _fake.PushCallback(Group, "supergroup", Admin, 77, AlertButtons.UnsubscribePrefix + AlertButtons.TopicHash("japon"));
        await _fake.WaitUntilConfirmedAsync();

        Assert.Equal("This button no longer works.", _fake.AnsweredCallbacks.Single(a => a.Id == unknownKind).Text);
        Assert.Equal("This chat no longer follows that topic.", _fake.AnsweredCallbacks.Single(a => a.Id == forgotten).Text);
        Assert.Empty(_fake.Messages);
        Assert.Single(await _harness.Subscriptions.ListByChannelAsync(Topic(), CancellationToken.None));
    }

    [Fact]
    public async Task UnsubscribeButton_FromAnAdminRemovesTheSubscription_FromAMemberIsRefused()
    {
        await _harness.Subscriptions.AddAsync(new NewSubscription { Channel = Topic(), Query = "corée du nord", CreatedAt = DateTimeOffset.UnixEpoch }, CancellationToken.None);
        await _harness.StartPollingAsync();
        var data = AlertButtons.UnsubscribePrefix + AlertButtons.TopicHash("corée du nord");

        var refused = _fake.PushCallback(Group, "supergroup", Member, 77, data);
        await _fake.WaitUntilConfirmedAsync();
        var stillThere = await _harness.Subscriptions.ListByChannelAsync(Topic(), CancellationToken.None);
        var accepted = _fake.PushCallback(Group, "supergroup", Admin, 77, data);
        await _fake.WaitUntilConfirmedAsync();

        Assert.Single(stillThere);
        Assert.Empty(await _harness.Subscriptions.ListByChannelAsync(Topic(), CancellationToken.None));
        Assert.StartsWith("Only channel managers", _fake.AnsweredCallbacks.Single(a => a.Id == refused).Text, StringComparison.Ordinal);
        Assert.StartsWith("Unsubscribed", _fake.AnsweredCallbacks.Single(a => a.Id == accepted).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failures_AreLoggedClearly_AndNoLogLineHoldsTheToken()
    {
        await _harness.DisposeAsync();
        using var logs = new RecordingLogger();
        _harness = new TelegramHarness(_fake, logs: logs);
        _fake.FailNext("getUpdates", 409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
        _fake.FailNext("getUpdates", 500, $"Internal Server Error: {_fake.Token}");
        _fake.FailNext("sendMessage", 403, $"Forbidden: bot was blocked by the user {_fake.Token}");
        await _harness.StartPollingAsync();

        _fake.PushMessage(Group, "supergroup", Admin, "/help");
        await _fake.WaitUntilConfirmedAsync();
        _fake.PushMessage(Group, "supergroup", Admin, "/help");
        await _fake.WaitForMessageAsync(_ => true);

        Assert.Contains(logs.Lines, l => l.Level == Microsoft.Extensions.Logging.LogLevel.Error && l.Line.Contains("409 Conflict", StringComparison.Ordinal) && l.Line.Contains("webhook", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, l => l.Line.Contains("Forbidden: bot was blocked", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Line.Contains(_fake.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GroupUpgradedToSupergroup_MovesItsSubscriptions()
    {
        await _harness.Subscriptions.AddAsync(new NewSubscription { Channel = new ChannelAddress("telegram", "-555"), Query = "japon", CreatedAt = DateTimeOffset.UnixEpoch }, CancellationToken.None);
        await _harness.StartPollingAsync();

        _fake.PushMigration(-555, -1000555);
        await _fake.WaitUntilConfirmedAsync();

        Assert.Empty(await _harness.Subscriptions.ListByChannelAsync(new ChannelAddress("telegram", "-555"), CancellationToken.None));
        Assert.Single(await _harness.Subscriptions.ListByChannelAsync(new ChannelAddress("telegram", "-1000555"), CancellationToken.None));
    }

    [Fact]
    public async Task Subscribe_PostedInAChannel_IsAcceptedSinceOnlyAdminsPostThere()
    {
        await _harness.StartPollingAsync();

        _fake.PushMessage(-1009999, "channel", 0, "/subscribe japon");
        var reply = await _fake.WaitForMessageAsync(_ => true);

        Assert.StartsWith("Subscribed to “japon”", reply.Visible, StringComparison.Ordinal);
        Assert.Single(await _harness.Subscriptions.ListByChannelAsync(new ChannelAddress("telegram", "-1009999"), CancellationToken.None));
        Assert.DoesNotContain("getChatMember", _fake.Calls);
    }

    [Fact]
    public async Task Subscribe_WhileTelegramFailsTheAdminCheckOnce_IsTriedAgainAndNotLost()
    {
        _fake.FailNext("getChatMember", 502, "Bad Gateway");
        await _harness.StartPollingAsync();

        _fake.PushMessage(Group, "supergroup", Admin, "/subscribe japon");
        var reply = await _fake.WaitForMessageAsync(_ => true);

        Assert.StartsWith("Subscribed to “japon”", reply.Visible, StringComparison.Ordinal);
        Assert.Equal(2, _fake.Calls.Count(c => c == "getChatMember"));
    }

    [Fact]
    public async Task Subscribe_WhileTheAdminCheckIsRateLimited_IsTriedAgainAfterItsRetryAfter()
    {
        await _harness.DisposeAsync();
        var clock = new FakeTimeProvider();
        _harness = new TelegramHarness(_fake, clock: clock);
        _fake.FailNext("getChatMember", 429, "Too Many Requests: retry after 20", retryAfter: 20);
        await _harness.StartPollingAsync();

        _fake.PushMessage(Group, "supergroup", Admin, "/subscribe japon");
        var deadline = Environment.TickCount64 + 20_000;
        while (clock.NextTimerDue is null)
        {
            Assert.True(Environment.TickCount64 < deadline, "the rate-limited try was never followed by a wait");
            await Task.Delay(20);
        }

        // The only timer is the wait before the next try: Telegram's retry_after, not the (much shorter) backoff.
        Assert.Equal(clock.GetUtcNow() + TimeSpan.FromSeconds(20), clock.NextTimerDue);
        clock.Advance(TimeSpan.FromSeconds(20));
        var reply = await _fake.WaitForMessageAsync(_ => true);

        Assert.StartsWith("Subscribed to “japon”", reply.Visible, StringComparison.Ordinal);
        Assert.Equal(2, _fake.Calls.Count(c => c == "getChatMember"));
    }

    [Fact]
    public async Task LeaseLost_StopsPolling_UntilTheLeaseIsTakenAgain()
    {
        var leases = new ControlledLeases();
        await _harness.DisposeAsync();
        _harness = new TelegramHarness(_fake, leases: leases);
        await _harness.StartPollingAsync();
        await _fake.WaitUntilConfirmedAsync();

        await leases.LoseAsync();
        await Task.Delay(300);
        var pollsAfterLoss = _fake.Calls.Count(c => c == "getUpdates");
        _fake.PushMessage(Group, "supergroup", Admin, "/help");
        await Task.Delay(1500);
        var pollsWhileLost = _fake.Calls.Count(c => c == "getUpdates") - pollsAfterLoss;
        var unanswered = _fake.Messages.Count;
        leases.HeldElsewhere = false;
        await _fake.WaitForMessageAsync(_ => true);

        Assert.Equal(0, pollsWhileLost);
        Assert.Equal(0, unanswered);
        Assert.Equal(2, leases.Granted);
    }
}
