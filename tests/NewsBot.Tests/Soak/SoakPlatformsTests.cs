using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using NewsBot.Benchmarks.Soak;
using NewsBot.Testing.Time;

namespace NewsBot.Tests.Soak;

public sealed class SoakPlatformsTests
{
    [Fact]
    public async Task Telegram_SecondMessageToOneChatWithinASecond_Answers429WithRetryAfter()
    {
        await using var platforms = await SoakPlatforms.StartAsync(channels: 4, CancellationToken.None);
        using var client = new HttpClient();
        var url = new Uri(platforms.Telegram.ApiBaseUrl, $"./bot{platforms.Telegram.Token}/sendMessage");

        using var first = await client.PostAsync(url, Message(100_000_001));
        using var second = await client.PostAsync(url, Message(100_000_001));
        using var otherChat = await client.PostAsync(url, Message(100_000_003));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(1, (int?)JsonNode.Parse(await second.Content.ReadAsStringAsync())?["parameters"]?["retry_after"]);
        Assert.Equal(HttpStatusCode.OK, otherChat.StatusCode);
        Assert.Equal(1, platforms.Telegram.FloodViolations);
        Assert.Equal(2, platforms.Count().TelegramMessages);
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
