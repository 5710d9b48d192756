using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using NewsBot.Testing.Http;

namespace NewsBot.Benchmarks.Soak;

/// <summary>
/// One <see cref="LoopbackHttpServer"/> (Kestrel on 127.0.0.1, a free port) serving every feed of a <see cref="FarmSchedule"/> at
/// <c>/feed/{n}</c>: RSS, Atom or JSON Feed by feed, with an ETag and Last-Modified that change when an item
/// appears, 304 to a current conditional request (except the unconditional feeds), a delay for the slow ones and
/// 503 for the failing ones. It keeps no state per request: what a feed shows is a function of the time since
/// the farm started. The server records no request: a soak sends hundreds of thousands.
/// </summary>
internal sealed class FeedFarm : IAsyncDisposable
{
    private readonly FarmSchedule _schedule;
    private readonly int _itemsPerFeed;
    private readonly TimeSpan _slowDelay;
    private readonly long _startTimestamp = Stopwatch.GetTimestamp();
    private readonly DateTimeOffset _start = TruncateToSecond(TimeProvider.System.GetUtcNow());
    private long _requests;
    private long _notModified;
    private long _full;
    private long _failed;
    private long _slow;
    private long _itemsServed;

    private LoopbackHttpServer _server = null!;

    private FeedFarm(FarmSchedule schedule, SoakOptions options)
    {
        _schedule = schedule;
        _itemsPerFeed = options.ItemsPerFeed;
        _slowDelay = TimeSpan.FromMilliseconds(options.SlowMilliseconds);
    }

    public Uri BaseAddress => _server.BaseAddress;

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(_startTimestamp);

    public FarmCounts Counts => new(
        Interlocked.Read(ref _requests), Interlocked.Read(ref _notModified), Interlocked.Read(ref _full),
        Interlocked.Read(ref _failed), Interlocked.Read(ref _slow), Interlocked.Read(ref _itemsServed));

    public Uri FeedUrl(int feed) => new(BaseAddress, "feed/" + feed.ToString(CultureInfo.InvariantCulture));

    public static async Task<FeedFarm> StartAsync(FarmSchedule schedule, SoakOptions options, CancellationToken cancellationToken)
    {
        var farm = new FeedFarm(schedule, options);
        farm._server = await LoopbackHttpServer.StartAsync(farm.HandleAsync, new LoopbackServerOptions { RecordRequests = false }, cancellationToken).ConfigureAwait(false);
        return farm;
    }

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        var path = context.Request.Path.Value ?? string.Empty;
        if (!path.StartsWith("/feed/", StringComparison.Ordinal)
            || !int.TryParse(path.AsSpan("/feed/".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var feed)
            || feed >= _schedule.FeedCount)
        {
            context.Response.StatusCode = 404;
            return;
        }

        var kind = _schedule.Kinds[feed];
        if (kind == FarmFeedKind.Failing)
        {
            Interlocked.Increment(ref _failed);
            context.Response.StatusCode = 503;
            return;
        }

        if (kind == FarmFeedKind.Slow)
        {
            Interlocked.Increment(ref _slow);
            await Task.Delay(_slowDelay, context.RequestAborted).ConfigureAwait(false);
        }

        var visible = _schedule.Visible(feed, Elapsed.TotalSeconds);
        var etag = $"\"{feed}-{visible.Length}\"";
        var lastModified = visible.Length == 0 ? _start : _start + TimeSpan.FromSeconds(Math.Floor(visible[^1].AppearsAfterSeconds));
        context.Response.Headers.ETag = etag;
        context.Response.Headers.LastModified = lastModified.ToString("r", CultureInfo.InvariantCulture);
        if (kind != FarmFeedKind.Unconditional && IsCurrent(context.Request, etag, lastModified))
        {
            Interlocked.Increment(ref _notModified);
            context.Response.StatusCode = 304;
            return;
        }

        var shown = visible[Math.Max(0, visible.Length - _itemsPerFeed)..].ToArray();
        Array.Reverse(shown);
        var format = FarmSchedule.FormatOf(feed);
        var body = FarmDocument.Write(format, feed, shown, _start, lastModified);
        Interlocked.Increment(ref _full);
        Interlocked.Add(ref _itemsServed, shown.Length);
        context.Response.ContentType = FarmDocument.ContentType(format);
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }

    private static bool IsCurrent(HttpRequest request, string etag, DateTimeOffset lastModified)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch.ToString();
        if (ifNoneMatch.Length > 0)
        {
            return ifNoneMatch.Split(',', StringSplitOptions.TrimEntries).Contains(etag, StringComparer.Ordinal);
        }

        return DateTimeOffset.TryParse(request.Headers.IfModifiedSince.ToString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since)
            && since >= lastModified;
    }

    private static DateTimeOffset TruncateToSecond(DateTimeOffset value) => new(value.Ticks - (value.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
