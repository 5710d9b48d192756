namespace NewsBot.Benchmarks.Soak;

/// <summary>
/// The (channel, story) alerts the bot queued and what became of them. <see cref="Pending"/> are still due when
/// the soak ends (a backlog, not a loss); <see cref="Unexpected"/> are alerts a fake received that match no queued one.
/// </summary>
internal sealed record SoakVerdict(int Alerts, int Delivered, int Pending, int Dead, int Lost, int Doubled, int Unexpected)
{
    public override string ToString() => FormattableString.Invariant(
        $"check (channel, story) alerts={Alerts} delivered={Delivered} pending={Pending} dead={Dead} lost={Lost} doubled={Doubled} unexpected={Unexpected}");
}
