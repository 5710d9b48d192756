using System.Diagnostics.Metrics;
using NewsBot.Core.Pipeline;

namespace NewsBot.Core.Delivery;

/// <summary>The outbox's counters, on the <c>NewsBot</c> meter.</summary>
public sealed class DeliveryMetrics
{
    public const string Uncertain = "newsbot.deliveries.uncertain";

    private readonly Counter<long> _uncertain;

    public DeliveryMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(IngestionMetrics.MeterName);
        _uncertain = meter.CreateCounter<long>(
            Uncertain,
            unit: "{delivery}",
            description: "Sends whose outcome was unknown (outcome=held), and how they were settled (outcome=skipped or retried).");
    }

    /// <summary>A send's answer was lost; the delivery waits to be settled.</summary>
    public void Held(string platform) => Add("held", platform);

    /// <summary>Closed without resending (skipped-uncertain).</summary>
    public void Skipped(string platform) => Add("skipped", platform);

    /// <summary>Sent once more under <c>Delivery:OnUncertain = retry</c>.</summary>
    public void Retried(string platform) => Add("retried", platform);

    private void Add(string outcome, string platform) =>
        _uncertain.Add(1, new KeyValuePair<string, object?>("outcome", outcome), new KeyValuePair<string, object?>("platform", platform));
}
