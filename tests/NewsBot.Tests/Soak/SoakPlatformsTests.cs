using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using NewsBot.Benchmarks.Soak;
using NewsBot.Testing.Time;

namespace NewsBot.Tests.Soak;

public sealed class SoakPlatformsTests
{
    [Fact]
    public async Task Telegram_OneChatKeptFasterThanOneASecond_Answers429WithRetryAfterOnceItsShortBurstIsSpent()
    {
        await using var platforms = await SoakPlatforms.StartAsync(channels: 4, CancellationToken.None);
        platforms.Telegram.Clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        using var client = new HttpClient();
        var url = new Uri(platforms.Telegram.ApiBaseUrl, $"./bot{platforms.Telegram.Token}/sendMessage");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < platforms.Telegram.ChatBurst; i++)
        {
            using var burst = await client.PostAsync(url, Message(100_000_001));
            statuses.Add(burst.StatusCode);
        }

        using var over = await client.PostAsync(url, Message(100_000_001));
        using var otherChat = await client.PostAsync(url, Message(100_000_003));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, over.StatusCode);
        Assert.Equal(1, (int?)JsonNode.Parse(await over.Content.ReadAsStringAsync())?["parameters"]?["retry_after"]);
        Assert.Equal(HttpStatusCode.OK, otherChat.StatusCode);
        Assert.Equal(1, platforms.Telegram.FloodViolations);
        Assert.Equal(1, platforms.Telegram.FloodViolationsPerChat);
        Assert.Equal(platforms.Telegram.ChatBurst + 1, platforms.Count().TelegramMessages);
    }

    [Fact]
    public async Task Telegram_OneChatPacedAtOneASecondArrivingEarlyOrLate_IsNeverRefused()
    {
        await using var platforms = await SoakPlatforms.StartAsync(channels: 4, CancellationToken.None);
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        platforms.Telegram.Clock = clock;
        using var client = new HttpClient();
        var url = new Uri(platforms.Telegram.ApiBaseUrl, $"./bot{platforms.Telegram.Token}/sendMessage");
        var statuses = new List<HttpStatusCode>();

        // Sent one a second, each arriving up to 0.3 s either side of its second: gaps from 0.4 s to 1.6 s.
        var jitter = new[] { 0.3, -0.3, 0.2, -0.2, 0.3, -0.3, 0.1, -0.3, 0.3, 0.0 };
        var previous = 0.0;
        for (var i = 0; i < jitter.Length; i++)
        {
            var arrival = i + 1 + jitter[i];
            clock.Advance(TimeSpan.FromSeconds(arrival - previous));
            previous = arrival;
            using var response = await client.PostAsync(url, Message(100_000_001));
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(0, platforms.Telegram.FloodViolations);
    }

    [Fact]
    public async Task Telegram_Group_TakesTwentyMessagesAMinuteThen429()
    {
        await using var platforms = await SoakPlatforms.StartAsync(channels: 4, CancellationToken.None);
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        platforms.Telegram.Clock = clock;
        using var client = new HttpClient();
        var url = new Uri(platforms.Telegram.ApiBaseUrl, $"./bot{platforms.Telegram.Token}/sendMessage");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 21; i++)
        {
            using var response = await client.PostAsync(url, Message(-1_000_000_000_001));
            statuses.Add(response.StatusCode);
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.All(statuses.Take(20), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[20]);
    }

    private static StringContent Message(long chat) =>
        new(new JsonObject { ["chat_id"] = chat, ["text"] = "alert" }.ToJsonString(), Encoding.UTF8, "application/json");
}
