using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Alerts;
using NewsBot.Core.Delivery;
using NewsBot.Core.Figures;
using NewsBot.Core.Subscriptions;
using NewsBot.Telegram.Delivery;
using NewsBot.Testing.Telegram;

namespace NewsBot.Telegram.Tests.Delivery;

#pragma warning disable CA1001 // The harness is disposed in IAsyncLifetime.DisposeAsync, which the analyzer does not know of.
public sealed class TelegramChatTransportTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private FakeBotApi _fake = null!;
    private TelegramHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeBotApi.StartAsync();
        _harness = new TelegramHarness(_fake);
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        await _fake.DisposeAsync();
    }

    private TelegramChatTransport Raw => _harness.Services.GetRequiredService<TelegramChatTransport>();

    private static Alert Alert(string topic = "corée du nord") => new()
    {
        Topic = topic,
        Title = "Soldats nord-coréens en Russie",
        Link = new Uri("https://example.org/a"),
        Summary = "Jusqu’à 12 000 soldats <seraient> déployés.",
        Figures = [new AlertFigure { Text = "jusqu’à 12 000 soldats", What = "soldats", Qualifier = FigureQualifier.AtMost, Sources = ["Séoul"] }],
        Sources = ["Reuters"],
        FeedName = "seeds",
    };

    [Fact]
    public async Task SendAlert_ToAForumTopic_PostsValidHtmlInTheTopicWithButtons()
    {
        var id = await _harness.Transport.SendAlertAsync(new ChannelAddress("telegram", "-1001234", "7"), Alert(), CancellationToken.None);

        var sent = Assert.Single(_fake.Messages);
        Assert.Empty(_fake.Violations);
        Assert.Equal(sent.MessageId.ToString(System.Globalization.CultureInfo.InvariantCulture), id);
        Assert.Equal("-1001234", sent.ChatId);
        Assert.Equal(7, sent.ThreadId);
        Assert.Equal("HTML", sent.ParseMode, ignoreCase: true);
        Assert.Contains("Jusqu’à 12 000 soldats <seraient> déployés.", sent.Visible, StringComparison.Ordinal);
        Assert.Contains("• jusqu’à 12 000 soldats — Séoul", sent.Visible, StringComparison.Ordinal);
        Assert.Equal(["📊 More figures", "🔕 Unsubscribe"], sent.Buttons.Select(b => b.Text));
        Assert.False(sent.DisableNotification);
    }

    [Fact]
    public async Task SendAlert_TooManyRequests_ThrowsWithTelegramsRetryAfter()
    {
        _fake.FailNext("sendMessage", 429, "Too Many Requests: retry after 9", retryAfter: 9);

        var error = await Assert.ThrowsAsync<ChatDeliveryException>(() => Raw.SendAlertAsync(new ChannelAddress("telegram", "5"), Alert(), CancellationToken.None));

        Assert.Equal(TimeSpan.FromSeconds(9), error.RetryAfter);
        Assert.False(error.ChannelUnavailable);
    }

    [Fact]
    public async Task SendAlert_BotKicked_ThrowsChannelUnavailable()
    {
        _fake.Kick(-1005);

        var error = await Assert.ThrowsAsync<ChatDeliveryException>(() => _harness.Transport.SendAlertAsync(new ChannelAddress("telegram", "-1005"), Alert(), CancellationToken.None));

        Assert.True(error.ChannelUnavailable);
        Assert.Empty(_fake.Messages);
    }

    [Fact]
    public async Task SendAlert_GroupUpgradedToSupergroup_MovesSubscriptionsAndPostsToTheNewId()
    {
        await _harness.Subscriptions.AddAsync(
            new NewSubscription { Channel = new ChannelAddress("telegram", "-42"), Query = "corée du nord", CreatedAt = DateTimeOffset.UnixEpoch },
            CancellationToken.None);
        _fake.Migrate(-42, -1009000);

        await _harness.Transport.SendAlertAsync(new ChannelAddress("telegram", "-42"), Alert(), CancellationToken.None);

        Assert.Equal("-1009000", Assert.Single(_fake.Messages).ChatId);
        Assert.Empty(await _harness.Subscriptions.ListByChannelAsync(new ChannelAddress("telegram", "-42"), CancellationToken.None));
        Assert.Equal("corée du nord", Assert.Single(await _harness.Subscriptions.ListByChannelAsync(new ChannelAddress("telegram", "-1009000"), CancellationToken.None)).Query);
    }

    [Fact]
    public async Task SendUpdate_WhileEditable_EditsTheOriginalAlert()
    {
        var channel = new ChannelAddress("telegram", "-1001");
        var id = await _harness.Transport.SendAlertAsync(channel, Alert(), CancellationToken.None);
        var updated = Alert() with { ArticleCount = 2, Sources = ["Reuters", "AFP"] };

        var editedId = await _harness.Transport.SendUpdateAsync(channel, Update(id, updated, mayEdit: true), CancellationToken.None);

        Assert.Equal(id, editedId);
        Assert.Equal(["sendMessage", "editMessageText"], _fake.Messages.Select(m => m.Method));
        Assert.Contains("Sources: Reuters, AFP", _fake.Messages[1].Visible, StringComparison.Ordinal);
        Assert.Empty(_fake.Violations);
    }

    [Fact]
    public async Task SendUpdate_TooOldToEdit_PostsASilentReplyToTheOriginal()
    {
        var channel = new ChannelAddress("telegram", "-1001", "3");
        var id = await _harness.Transport.SendAlertAsync(channel, Alert(), CancellationToken.None);

        var followUpId = await _harness.Transport.SendUpdateAsync(channel, Update(id, Alert() with { ArticleCount = 2 }, mayEdit: false), CancellationToken.None);

        var followUp = _fake.Messages[1];
        Assert.NotEqual(id, followUpId);
        Assert.True(followUp.DisableNotification);
        Assert.Equal(long.Parse(id, System.Globalization.CultureInfo.InvariantCulture), followUp.ReplyToMessageId);
        Assert.Equal(3, followUp.ThreadId);
        Assert.Contains("+ Kiev confirme", followUp.Visible, StringComparison.Ordinal);
        Assert.Empty(_fake.Violations);
    }

    [Fact]
    public async Task SendAlert_Through429s_IsDelayedByRetryAfterButSentOnce()
    {
        _fake.FailNext("sendMessage", 429, "Too Many Requests: retry after 1", times: 2, retryAfter: 1);
        var clock = Stopwatch.StartNew();

        await _harness.Transport.SendAlertAsync(new ChannelAddress("telegram", "-1002"), Alert(), CancellationToken.None);

        Assert.Single(_fake.Messages);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1.9), $"sent after {clock.Elapsed}");
        Assert.Equal(3, _fake.Calls.Count(c => c == "sendMessage"));
    }

    private static AlertUpdate Update(string original, Alert updated, bool mayEdit) => new()
    {
        Updated = updated,
        OriginalMessageId = original,
        MayEdit = mayEdit,
        ArticleTitle = "Kiev confirme la présence de soldats",
        ArticleLink = new Uri("https://example.org/b"),
        NewSources = ["AFP"],
    };

    [Fact]
    public async Task SendAlert_DuringQuietHours_IsSilent()
    {
        await using var quiet = new TelegramHarness(_fake, settings: new Dictionary<string, string?> { ["Telegram:QuietHours"] = "00:00-23:59" });

        await quiet.Transport.SendAlertAsync(new ChannelAddress("telegram", "-1003"), Alert(), CancellationToken.None);

        Assert.True(Assert.Single(_fake.Messages).DisableNotification);
    }
}
