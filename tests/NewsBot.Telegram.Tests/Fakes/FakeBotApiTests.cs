using System.Net;
using System.Text;
using NewsBot.Testing.Telegram;

namespace NewsBot.Telegram.Tests.Fakes;

/// <summary>The fake refuses what Telegram would refuse, so the adapter's clean runs against it mean something.</summary>
public sealed class FakeBotApiTests : IAsyncLifetime, IDisposable
{
    private readonly HttpClient _http = new();
    private FakeBotApi _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeBotApi.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    public void Dispose() => _http.Dispose();

    private async Task<(HttpStatusCode Status, string Body)> PostAsync(string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(new Uri(_fake.ApiBaseUrl.AbsoluteUri + path), content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task WrongToken_Is401()
    {
        var (status, body) = await PostAsync("bot1:wrong/getMe", "{}");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("\"ok\":false", body, StringComparison.Ordinal);
        Assert.NotEmpty(_fake.Violations);
    }

    [Theory]
    [InlineData("{\"chat_id\":1,\"text\":\"<b>bold\",\"parse_mode\":\"HTML\"}", "can't parse entities")]
    [InlineData("{\"chat_id\":1,\"text\":\"<div>x</div>\",\"parse_mode\":\"HTML\"}", "can't parse entities")]
    [InlineData("{\"chat_id\":1,\"text\":\"a & b\",\"parse_mode\":\"HTML\"}", "can't parse entities")]
    [InlineData("{\"chat_id\":1,\"text\":\"&nbsp;\",\"parse_mode\":\"HTML\"}", "can't parse entities")]
    [InlineData("{\"chat_id\":\"news\",\"text\":\"hi\"}", "chat not found")]
    [InlineData("{\"text\":\"hi\"}", "chat_id is empty")]
    [InlineData("{\"chat_id\":1,\"text\":\"   \"}", "message text is empty")]
    public async Task SendMessage_WhatTelegramRefuses_Is400AndAViolation(string json, string description)
    {
        var (status, body) = await PostAsync($"bot{_fake.Token}/sendMessage", json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(description, body, StringComparison.Ordinal);
        Assert.NotEmpty(_fake.Violations);
        Assert.Empty(_fake.Messages);
    }

    [Fact]
    public async Task SendMessage_Over4096VisibleCharacters_IsTooLong()
    {
        var (status, body) = await PostAsync($"bot{_fake.Token}/sendMessage", $"{{\"chat_id\":1,\"text\":\"{new string('x', 4097)}\",\"parse_mode\":\"HTML\"}}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("message is too long", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendMessage_4096VisibleCharactersWithMarkup_IsAccepted()
    {
        var text = "<b>" + new string('x', 4090) + "</b>&amp;&lt;&gt;&quot;&#33;x";

        var (status, _) = await PostAsync($"bot{_fake.Token}/sendMessage", $"{{\"chat_id\":1,\"text\":\"{text.Replace("\"", "\\\"", StringComparison.Ordinal)}\",\"parse_mode\":\"HTML\"}}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(4096, Assert.Single(_fake.Messages).Visible.Length);
        Assert.Empty(_fake.Violations);
    }

    [Fact]
    public async Task UnknownOrObsoleteField_IsAViolation()
    {
        await PostAsync($"bot{_fake.Token}/sendMessage", "{\"chat_id\":1,\"text\":\"hi\",\"disable_web_page_preview\":true}");
        await PostAsync($"bot{_fake.Token}/getUpdates", "{\"timeout\":\"soon\",\"allowedUpdates\":[]}");

        Assert.Equal(3, _fake.Violations.Count);
    }

    [Fact]
    public async Task MethodWithoutParameters_WithNoBodyAtAll_IsAccepted()
    {
        using var response = await _http.PostAsync(new Uri(_fake.ApiBaseUrl.AbsoluteUri + $"bot{_fake.Token}/getMe"), content: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_fake.Violations);
    }

    [Theory]
    [InlineData("HTML")]
    [InlineData("Html")]
    [InlineData("html")]
    public async Task ParseMode_InAnyCase_IsReadAsHtml(string parseMode)
    {
        var (status, _) = await PostAsync($"bot{_fake.Token}/sendMessage", $"{{\"chat_id\":\"-100\",\"text\":\"<b>hi</b>\",\"parse_mode\":\"{parseMode}\"}}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("hi", Assert.Single(_fake.Messages).Visible);
        Assert.Empty(_fake.Violations);
    }

    [Fact]
    public async Task FormBody_WithJsonSerializedMarkup_IsAcceptedLikeJson()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["chat_id"] = "-100",
            ["text"] = "<i>form</i>",
            ["parse_mode"] = "HTML",
            ["disable_notification"] = "true",
            ["reply_markup"] = "{\"inline_keyboard\":[[{\"text\":\"OK\",\"callback_data\":\"ok\"}]]}",
        });

        using var response = await _http.PostAsync(new Uri(_fake.ApiBaseUrl.AbsoluteUri + $"bot{_fake.Token}/sendMessage"), form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(_fake.Messages);
        Assert.Equal("form", sent.Visible);
        Assert.True(sent.DisableNotification);
        Assert.Equal([("OK", (string?)"ok")], sent.Buttons);
        Assert.Empty(_fake.Violations);
    }

    [Fact]
    public async Task ChunkedJsonBody_IsAccepted()
    {
        using var content = new StringContent("{\"chat_id\":-100,\"text\":\"chunked\"}", Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_fake.ApiBaseUrl.AbsoluteUri + $"bot{_fake.Token}/sendMessage")) { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("chunked", Assert.Single(_fake.Messages).Visible);
        Assert.Empty(_fake.Violations);
    }
}
