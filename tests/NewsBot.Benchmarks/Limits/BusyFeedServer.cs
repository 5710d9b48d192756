using System.Globalization;
using NewsBot.Testing.Feeds;
using NewsBot.Testing.Http;

namespace NewsBot.Benchmarks.Limits;

/// <summary>
/// <c>busy-feed [items]</c>: serves a feed of that many items (default 50,000, 9.3 MB) on 127.0.0.1 with an
/// ETag, prints its address, and stops on Enter or Ctrl+C; for measuring <c>newsbot ingest</c> and
/// <c>newsbot run</c> against issue 18's busy feed (peak memory, prompt stop).
/// </summary>
internal static class BusyFeedServer
{
    public static int Run(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50_000;
        var feed = new BigFeed(count);
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        var server = LoopbackHttpServer.StartAsync(feed.ServeAsync, CancellationToken.None).GetAwaiter().GetResult();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{server.BaseAddress} serves {count:N0} items ({feed.Body.Length:N0} bytes); Enter or Ctrl+C stops"));
        Task.WhenAny(Task.Run(Console.ReadLine), Task.Delay(Timeout.Infinite, stop.Token)).GetAwaiter().GetResult();
        server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return 0;
    }
}
