using System.Globalization;
using NewsBot.Core.Alerts;
using NewsBot.Core.Delivery;
using NewsBot.Testing.Time;

namespace NewsBot.Core.Tests.Delivery.Pacing;

/// <summary>
/// A platform that records when each post arrived by the fake clock, can be told to refuse the next sends
/// to a chat, and notes how many sends to one chat were in flight at once.
/// </summary>
internal sealed class ScriptedChatTransport(FakeTimeProvider clock, string platform = "telegram") : IChatTransport
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<Exception>> _failures = [];
    private readonly Dictionary<string, int> _inFlight = [];
    private readonly List<Post> _posts = [];
    private readonly List<Post> _attempts = [];

    public string Platform { get; } = platform;

    /// <summary>When true, each send yields before answering, so overlapping sends would show.</summary>
    public bool YieldWhileSending { get; init; }

    /// <summary>How long each send waits, on the fake clock, between its arrival (an attempt) and its answer (a post).</summary>
    public TimeSpan AnswerDelay { get; init; }

    public int MostInFlightToOneChat { get; private set; }

    public IReadOnlyList<Post> Posts
    {
        get
        {
            lock (_gate)
            {
                return [.. _posts];
            }
        }
    }

    /// <summary>Every call, refused or not.</summary>
    public IReadOnlyList<Post> Attempts
    {
        get
        {
            lock (_gate)
            {
                return [.. _attempts];
            }
        }
    }

    public void FailNext(string chatId, params Exception[] failures)
    {
        lock (_gate)
        {
            if (!_failures.TryGetValue(chatId, out var queue))
            {
                _failures[chatId] = queue = new Queue<Exception>();
            }

            foreach (var failure in failures)
            {
                queue.Enqueue(failure);
            }
        }
    }

    // Pacing treats an update like any post; the tests count it as one.
    public Task<string> SendUpdateAsync(ChannelAddress channel, AlertUpdate update, CancellationToken cancellationToken) =>
        SendAlertAsync(channel, update.Updated, cancellationToken);

    public async Task<string> SendAlertAsync(ChannelAddress channel, Alert alert, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _attempts.Add(new Post(channel, alert.Title, clock.GetUtcNow()));
            _inFlight[channel.ChannelId] = _inFlight.GetValueOrDefault(channel.ChannelId) + 1;
            MostInFlightToOneChat = Math.Max(MostInFlightToOneChat, _inFlight[channel.ChannelId]);
        }

        try
        {
            if (YieldWhileSending)
            {
                await Task.Yield();
            }

            if (AnswerDelay > TimeSpan.Zero)
            {
                await Task.Delay(AnswerDelay, clock, cancellationToken);
            }

            lock (_gate)
            {
                if (_failures.TryGetValue(channel.ChannelId, out var queue) && queue.TryDequeue(out var failure))
                {
                    throw failure;
                }

                _posts.Add(new Post(channel, alert.Title, clock.GetUtcNow()));
                return _posts.Count.ToString(CultureInfo.InvariantCulture);
            }
        }
        finally
        {
            lock (_gate)
            {
                _inFlight[channel.ChannelId]--;
            }
        }
    }

    internal sealed record Post(ChannelAddress Channel, string Title, DateTimeOffset At);
}
