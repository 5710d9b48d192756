using System.Globalization;
using System.Text.Json.Nodes;
using NewsBot.Testing.Discord;
using NewsBot.Testing.Telegram;

namespace NewsBot.Benchmarks.Soak;

/// <summary>
/// The end of the soak: every (channel, story) the bot queued an alert for, against the alerts the fakes
/// received. A Discord alert is known by its nonce (the outbox row's id) pointing at an alert row; a Telegram
/// alert by its link preview (an alert previews its story's link, a follow-up previews nothing), whose article
/// gives the story. Lost: the bot marked the row sent and the platform never got it. Doubled: the platform got
/// more than one alert for the same (channel, story).
/// </summary>
internal static class SoakCheck
{
    public static SoakVerdict Judge(
        IReadOnlyList<DeliveryRowFact> rows,
        IReadOnlyDictionary<string, long> storiesByLink,
        IReadOnlyList<FakeDiscordMessage> discord,
        IReadOnlyList<FakeBotSentMessage> telegram)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(storiesByLink);
        ArgumentNullException.ThrowIfNull(discord);
        ArgumentNullException.ThrowIfNull(telegram);
        var byId = rows.ToDictionary(r => r.Id);
        var received = new Dictionary<(string, string, long?), int>();
        var unexpected = 0;
        foreach (var message in discord)
        {
            if (long.TryParse(message.Nonce, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && byId.TryGetValue(id, out var row))
            {
                if (row.Kind == "alert")
                {
                    Add(received, (SoakChannels.DiscordPlatform, message.ChannelId, row.StoryId));
                }
            }
            else
            {
                unexpected++;
            }
        }

        foreach (var message in telegram)
        {
            if (message.Method != "sendMessage" || message.Request?["link_preview_options"]?["url"] is not JsonValue url)
            {
                continue;
            }

            if (storiesByLink.TryGetValue(url.GetValue<string>(), out var story))
            {
                Add(received, (SoakChannels.TelegramPlatform, message.ChatId, story));
            }
            else
            {
                unexpected++;
            }
        }

        int alerts = 0, delivered = 0, pending = 0, dead = 0, lost = 0, doubled = 0;
        var expected = new HashSet<(string, string, long?)>();
        foreach (var group in rows.Where(r => r.Kind == "alert").GroupBy(r => (r.Platform, r.ChannelId, r.StoryId)))
        {
            alerts++;
            expected.Add(group.Key);
            var times = received.GetValueOrDefault(group.Key);
            if (times > 1)
            {
                doubled++;
            }

            if (times >= 1)
            {
                delivered++;
            }
            else if (group.Any(r => r.Status == "sent"))
            {
                lost++;
            }
            else if (group.Any(r => r.Status == "due"))
            {
                pending++;
            }
            else
            {
                dead++;
            }
        }

        unexpected += received.Keys.Count(k => !expected.Contains(k));
        return new SoakVerdict(alerts, delivered, pending, dead, lost, doubled, unexpected);
    }

    private static void Add(Dictionary<(string, string, long?), int> received, (string, string, long?) key) =>
        received[key] = received.GetValueOrDefault(key) + 1;
}
