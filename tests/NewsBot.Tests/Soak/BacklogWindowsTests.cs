using NewsBot.Benchmarks.Soak;

namespace NewsBot.Tests.Soak;

public sealed class BacklogWindowsTests
{
    [Fact]
    public void Rates_BacklogDrainedWithinAMinute_CountsEachWindowItLastedThroughAndNoneAfter()
    {
        // 1,000 rows queued at once at t=0, sent at 40 a second: 25 s of backlog, then nothing is due.
        var rows = Enumerable.Range(0, 1_000).Select(i => new OutboxRowTimes("discord", 0, i * 25L)).ToList();

        var rates = BacklogWindows.Rates(rows, "discord", ceilingPerSecond: 50, fromMs: 0, toMs: 60_000);

        // A window counts while 250 (5 s at 50/s) or more rows stay queued all through it: the first three; the
        // queue falls below 250 at 18.75 s, within the fourth (15-20 s), and is empty from 25 s.
        Assert.Equal([40.0, 40.0, 40.0], rates);
    }

    [Fact]
    public void Rates_RowsQueuedButNotSent_CountAsWindowsOfNothingSentForTheirOwnPlatformOnly()
    {
        var rows = new List<OutboxRowTimes>();
        rows.AddRange(Enumerable.Range(0, 400).Select(_ => new OutboxRowTimes("telegram", 0, null)));
        rows.AddRange(Enumerable.Range(0, 300).Select(i => new OutboxRowTimes("discord", 0, 20_000 + i)));

        var telegram = BacklogWindows.Rates(rows, "telegram", ceilingPerSecond: 30, fromMs: 0, toMs: 10_000);
        var discord = BacklogWindows.Rates(rows, "discord", ceilingPerSecond: 50, fromMs: 0, toMs: 30_000);

        Assert.Equal([0.0, 0.0], telegram);
        Assert.Equal([0.0, 0.0, 0.0, 0.0], discord);
    }
}
