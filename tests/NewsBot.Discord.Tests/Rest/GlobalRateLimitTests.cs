using NewsBot.Discord.Rest;
using NewsBot.Testing.Time;

namespace NewsBot.Discord.Tests.Rest;

public sealed class GlobalRateLimitTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task WaitAsync_SlowAnswersOfEveryLength_NoSecondCanSeeMoreArrivalsThanTheLimit()
    {
        const int limit = 5;
        var global = new GlobalRateLimit(limit, _time);
        var random = new Random(20);

        // Answers from instant to 1.5 s: Discord may count each request anywhere between its sending and its answer.
        var requests = await DriveAsync(global, 120, _ => TimeSpan.FromMilliseconds(random.Next(0, 1_500)));

        // A set of requests can all arrive inside one second exactly when the latest one was sent less than a
        // second after the earliest answer among them; so for each request, count those before it still unanswered
        // a second before it left.
        for (var j = 0; j < requests.Count; j++)
        {
            var latest = requests[j].SentAt;
            var couldShareItsSecond = requests.Take(j + 1).Count(r => r.AnsweredAt > latest - Second);
            Assert.True(couldShareItsSecond <= limit, $"request {j} sent at {latest:ss.fff} could share one second with {couldShareItsSecond} arrivals");
        }
    }

    [Fact]
    public async Task WaitAsync_AnswersComeAtOnce_TheWholeLimitGoesThroughEachSecond()
    {
        var global = new GlobalRateLimit(50, _time);
        var start = _time.GetUtcNow();

        var requests = await DriveAsync(global, 150, _ => TimeSpan.Zero);

        var perSecond = requests.GroupBy(r => (int)(r.SentAt - start).TotalSeconds).Select(g => g.Count()).ToList();
        Assert.Equal([50, 50, 50], perSecond);
    }

    // Sends the requests one after another, each as soon as the limit lets it, and answers each after its round
    // trip; the fake clock jumps from one event (an answer, the limit's timer) to the next.
    private async Task<List<(DateTimeOffset SentAt, DateTimeOffset AnsweredAt)>> DriveAsync(GlobalRateLimit global, int count, Func<int, TimeSpan> roundTrip)
    {
        var done = new List<(DateTimeOffset SentAt, DateTimeOffset AnsweredAt)>();
        var inFlight = new List<(GlobalRateLimit.Slot Slot, DateTimeOffset SentAt, DateTimeOffset AnswerAt)>();
        for (var i = 0; i < count; i++)
        {
            var wait = global.WaitAsync(CancellationToken.None);
            for (var step = 0; ; step++)
            {
                Assert.True(step < 1_000, $"request {i} never got a slot");
                AnswerDue(inFlight, done);
                if (await Task.WhenAny(wait, Task.Delay(5)) == wait)
                {
                    break;
                }

                var nextAnswer = inFlight.Count == 0 ? DateTimeOffset.MaxValue : inFlight.Min(r => r.AnswerAt);
                var next = _time.NextTimerDue is { } timer && timer < nextAnswer ? timer : nextAnswer;
                _time.Advance(next == DateTimeOffset.MaxValue ? TimeSpan.FromMilliseconds(10) : next - _time.GetUtcNow());
            }

            var now = _time.GetUtcNow();
            inFlight.Add((await wait, now, now + roundTrip(i)));
        }

        while (inFlight.Count > 0)
        {
            _time.Advance(inFlight.Min(r => r.AnswerAt) - _time.GetUtcNow());
            AnswerDue(inFlight, done);
        }

        return [.. done.OrderBy(r => r.SentAt)];
    }

    private void AnswerDue(List<(GlobalRateLimit.Slot Slot, DateTimeOffset SentAt, DateTimeOffset AnswerAt)> inFlight, List<(DateTimeOffset SentAt, DateTimeOffset AnsweredAt)> done)
    {
        var now = _time.GetUtcNow();
        foreach (var request in inFlight.Where(r => r.AnswerAt <= now).ToList())
        {
            request.Slot.Complete();
            done.Add((request.SentAt, now));
            inFlight.Remove(request);
        }
    }
}
