using NewsBot.Core.Articles;

namespace NewsBot.Benchmarks.Soak;

/// <summary>An article of the farm: which feed lists it and from when (seconds after the farm started).</summary>
internal sealed record FarmItem(int Feed, double AppearsAfterSeconds, RawItem Item);
