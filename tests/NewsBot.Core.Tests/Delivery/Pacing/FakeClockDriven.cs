namespace NewsBot.Core.Tests.Delivery.Pacing;

/// <summary>
/// The tests that move a fake clock with <see cref="ClockDriver"/>, run one at a time and apart from every other
/// test. <see cref="ClockDriver.SettleAsync"/> moves the clock only once the thread pool has no work queued; two
/// such tests side by side each kept the other's polls queued, so neither clock moved for minutes (a clone's CI
/// hung on two of them).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FakeClockDriven
{
    public const string Name = "fake clock driven";
}
