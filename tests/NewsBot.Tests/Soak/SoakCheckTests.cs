using System.Text.Json.Nodes;
using NewsBot.Benchmarks.Soak;
using NewsBot.Testing.Discord;
using NewsBot.Testing.Telegram;

namespace NewsBot.Tests.Soak;

public sealed class SoakCheckTests
{
    private const string DiscordChannel = "1100000000000000000";
    private const string TelegramChat = "100000001";

    [Fact]
    public void Judge_EveryAlertReceivedOnce_FindsNothingLostOrDoubled()
    {
        var verdict = SoakCheck.Judge(
            [Row(1, "discord", DiscordChannel, 7, "alert"), Row(2, "telegram", TelegramChat, 7, "alert"), Row(3, "discord", DiscordChannel, 7, "update")],
            Links(("https://wire.example/1/0", 7)),
            [Discord("1"), Discord("3")],
            [Telegram("https://wire.example/1/0")]);

        Assert.Equal(new SoakVerdict(Alerts: 2, Delivered: 2, Pending: 0, Dead: 0, Lost: 0, Doubled: 0, Unexpected: 0), verdict);
    }

    [Fact]
    public void Judge_SentRowTheFakeNeverGot_CountsItLost()
    {
        var verdict = SoakCheck.Judge([Row(1, "discord", DiscordChannel, 7, "alert")], Links(), [], []);

        Assert.Equal(1, verdict.Lost);
        Assert.Equal(0, verdict.Delivered);
    }

    [Fact]
    public void Judge_TwoAlertsOfOneStoryInOneChat_CountsItDoubled()
    {
        // Two outbox rows for one (channel, story) would themselves be the bug; the fake saw both.
        var verdict = SoakCheck.Judge(
            [Row(1, "telegram", TelegramChat, 7, "alert")],
            Links(("https://wire.example/1/0", 7), ("https://wire.example/1/1", 7)),
            [],
            [Telegram("https://wire.example/1/0"), Telegram("https://wire.example/1/1")]);

        Assert.Equal(1, verdict.Doubled);
    }

    [Fact]
    public void Judge_RowStillDue_CountsItPendingNotLost()
    {
        var verdict = SoakCheck.Judge([Row(1, "discord", DiscordChannel, 7, "alert", status: "due")], Links(), [], []);

        Assert.Equal(1, verdict.Pending);
        Assert.Equal(0, verdict.Lost);
    }

    [Fact]
    public void Judge_TelegramFollowUpWithoutPreview_IsNotAnAlert()
    {
        var followUp = Telegram("https://wire.example/1/0") with { Request = new JsonObject { ["link_preview_options"] = new JsonObject { ["is_disabled"] = true } } };

        var verdict = SoakCheck.Judge([Row(1, "telegram", TelegramChat, 7, "alert")], Links(("https://wire.example/1/0", 7)), [], [Telegram("https://wire.example/1/0"), followUp]);

        Assert.Equal(0, verdict.Doubled);
        Assert.Equal(1, verdict.Delivered);
    }

    private static DeliveryRowFact Row(long id, string platform, string channel, long story, string kind, string status = "sent") =>
        new(id, platform, channel, story, kind, status);

    private static Dictionary<string, long> Links(params (string Link, long Story)[] links) => links.ToDictionary(l => l.Link, l => l.Story);

    private static FakeDiscordMessage Discord(string nonce) => new("m" + nonce, DiscordChannel, new JsonObject(), nonce);

    private static FakeBotSentMessage Telegram(string link) => new()
    {
        Method = "sendMessage",
        ChatId = TelegramChat,
        MessageId = 1,
        Text = "alert",
        Visible = "alert",
        Request = new JsonObject { ["link_preview_options"] = new JsonObject { ["url"] = link } },
    };
}
