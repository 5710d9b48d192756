using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Alerts;
using NewsBot.Core.Delivery;
using NewsBot.Core.Subscriptions;
using NewsBot.Core.Subscriptions.Matching;

namespace NewsBot.Testing.Stores;

/// <summary>An <see cref="AlertPlanner"/> with its own topic index, following the given store, as the host wires it.</summary>
public static class TestPlanner
{
    public static AlertPlanner Create(ISubscriptionStore subscriptions, IDeliveryStore deliveries, TimeProvider time)
    {
        var index = new TopicIndex(AliasTable.Empty);
#pragma warning disable CA2000 // Lives as long as the planner; its semaphore is never waited on after a test.
        var active = new ActiveSubscriptions(subscriptions, index, NullLogger<ActiveSubscriptions>.Instance);
#pragma warning restore CA2000
        return new AlertPlanner(active, index, deliveries, time, NullLogger<AlertPlanner>.Instance);
    }
}
