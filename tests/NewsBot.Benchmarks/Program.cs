using BenchmarkDotNet.Running;
using NewsBot.Benchmarks.Analysis;
using NewsBot.Benchmarks;
using NewsBot.Benchmarks.Cluster;
using NewsBot.Benchmarks.Delivery;
using NewsBot.Benchmarks.Limits;
using NewsBot.Benchmarks.Match;
using NewsBot.Benchmarks.Memory;
using NewsBot.Benchmarks.Soak;
using NewsBot.Benchmarks.Stories;

if (args.Length > 0 && args[0] == "analyze")
{
    return AnalyzeBench.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "match")
{
    return MatchBench.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "match-stages")
{
    return StageBench.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "cluster")
{
    return ClusterBench.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "stories")
{
    return StoriesBench.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "delivery")
{
    return DeliveryBench.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "busy-feed")
{
    return BusyFeedServer.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "limits")
{
    return LimitsBench.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "memory")
{
    return MemoryBench.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "soak")
{
    return SoakBench.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "soak-bot")
{
    return SoakBotVerb.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(AnalyzeBenchmarks).Assembly).Run(args);
return 0;
