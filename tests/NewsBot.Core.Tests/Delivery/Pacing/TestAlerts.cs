using System.Text.Json;
using NewsBot.Core.Alerts;

namespace NewsBot.Core.Tests.Delivery.Pacing;

/// <summary>Alerts told apart by their title; pacing never looks inside them.</summary>
internal static class TestAlerts
{
    // Built from JSON rather than an initializer: the alert model is being reshaped while pacing is written, and
    // the reader fills whichever required members this version has and skips the ones it lacks.
    public static Alert Titled(string title) =>
        JsonSerializer.Deserialize<Alert>(
            JsonSerializer.Serialize(new { Topic = "topic", Title = title, Summary = "summary", Source = "source", FeedName = "feed" }))!;
}
