using NewsBot.Core.Delivery;
using NewsBot.Core.Subscriptions;
using NewsBot.Telegram.Interaction;
using NewsBot.Testing.Telegram;

namespace NewsBot.Telegram.Tests.Polling;

/// <summary>
/// A button press is answered before slow work so that it stops spinning, whatever the store does to the
/// thread; the result follows as a message, and a refusal the answer would have carried is posted instead.
/// </summary>
#pragma warning disable CA1001 // The harness and store are disposed in IAsyncLifetime.DisposeAsync, which the analyzer does not know of.
public sealed class SlowButtonTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private const long Group = -1001600;
    private const long Admin = 21;
    private const long Member = 22;

    private FakeBotApi _fake = null!;
    private TelegramHarness _harness = null!;
    private BlockingSubscriptionStore _store = null!;

    private static ChannelAddress Chat => new("telegram", Group.ToString(System.Globalization.CultureInfo.InvariantCulture), null);

    public async Task InitializeAsync()
    {
        _fake = await FakeBotApi.StartAsync();
        _fake.SetMember(Group, Admin, "administrator");
        await CreateHarnessAsync(answerAfterMilliseconds: 100);
    }

    private async Task CreateHarnessAsync(int answerAfterMilliseconds)
    {
        _harness = new TelegramHarness(
            _fake,
            settings: new Dictionary<string, string?> { ["Telegram:CallbackAnswerAfterMilliseconds"] = answerAfterMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            wrapSubscriptions: s => _store = new BlockingSubscriptionStore(s));
        await _harness.Subscriptions.AddAsync(new NewSubscription { Channel = Chat, Query = "séisme", CreatedAt = DateTimeOffset.UnixEpoch }, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        _store?.Release();
        await _harness.DisposeAsync();
        await _fake.DisposeAsync();
        _store?.Dispose();
    }

    [Fact]
    public async Task MoreFigures_WhileTheStoreBlocksTheThread_IsAnsweredAtOnce_ThenTheFiguresArePosted()
    {
        await _harness.StartPollingAsync();

        var press = _fake.PushCallback(Group, "supergroup", Member, 88, AlertButtons.FiguresPrefix + AlertButtons.TopicHash("séisme"));
        await WaitForAnswerAsync(press);
        var postedBeforeRelease = _fake.Messages.Count;
        _store.Release();
        var posted = await _fake.WaitForMessageAsync(_ => true);
        await _fake.WaitUntilConfirmedAsync();

        Assert.Equal(0, postedBeforeRelease);
        Assert.Contains("séisme", posted.Visible, StringComparison.Ordinal);
        Assert.Equal(88, posted.ReplyToMessageId);
        Assert.Single(_fake.AnsweredCallbacks, a => a.Id == press);
        Assert.Empty(_fake.Violations);
    }

    [Fact]
    public async Task Unsubscribe_FromAMemberWhileTheStoreBlocks_IsAnsweredAtOnce_AndTheRefusalIsPostedAsAReply()
    {
        await _harness.StartPollingAsync();

        var press = _fake.PushCallback(Group, "supergroup", Member, 88, AlertButtons.UnsubscribePrefix + AlertButtons.TopicHash("séisme"));
        await WaitForAnswerAsync(press);
        _store.Release();
        var posted = await _fake.WaitForMessageAsync(_ => true);
        await _fake.WaitUntilConfirmedAsync();

        Assert.StartsWith("Only channel managers", posted.Visible, StringComparison.Ordinal);
        Assert.Equal(88, posted.ReplyToMessageId);
        Assert.Single(_fake.AnsweredCallbacks, a => a.Id == press);
        Assert.Single(await _harness.Subscriptions.ListByChannelAsync(Chat, CancellationToken.None));
        Assert.Empty(_fake.Violations);
    }

    [Fact]
    public async Task QuickPress_IsAnsweredWithItsResultAsBefore()
    {
        // "Quick" means before the answer deadline: with 100 ms a loaded machine can make any press slow, so this
        // press gets a deadline it cannot miss, and what it proves is that the result itself is the answer.
        _store.Release();
        await _harness.DisposeAsync();
        _store.Dispose();
        await CreateHarnessAsync(answerAfterMilliseconds: 10_000);
        _store.Release();
        await _harness.StartPollingAsync();

        var press = _fake.PushCallback(Group, "supergroup", Member, 88, AlertButtons.UnsubscribePrefix + AlertButtons.TopicHash("séisme"));
        await WaitForAnswerAsync(press);
        await _fake.WaitUntilConfirmedAsync();

        Assert.StartsWith("Only channel managers", _fake.AnsweredCallbacks.Single(a => a.Id == press).Text, StringComparison.Ordinal);
        Assert.Empty(_fake.Messages);
    }

    private async Task WaitForAnswerAsync(string press)
    {
        var deadline = Environment.TickCount64 + 20_000;
        while (!_fake.AnsweredCallbacks.Any(a => a.Id == press))
        {
            Assert.True(Environment.TickCount64 < deadline, "the press was never answered");
            await Task.Delay(20);
        }
    }
}
