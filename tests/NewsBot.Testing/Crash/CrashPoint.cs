namespace NewsBot.Testing.Crash;

/// <summary>
/// Plays a process killed at one step. Every durable step the code under test takes (a store write, a request
/// to a platform) goes through <see cref="StepAsync{T}"/>; at step <see cref="KillAt"/> the process dies, before
/// the step or just after it took effect, and from then on no step of this process gets through: what it does
/// after its death reaches neither the stores nor the platform, as with a real kill.
/// </summary>
public sealed class CrashPoint
{
    private readonly TaskCompletionSource<string> _killed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _effects = new(StringComparer.Ordinal);
    private int _steps;
    private string _previous = "start";

    /// <param name="killAt">The step (from 1) at which the process dies; 0 never.</param>
    /// <param name="afterStep">True: the step takes effect, then the process dies before learning it did.</param>
    public CrashPoint(int killAt, bool afterStep)
    {
        KillAt = killAt;
        AfterStep = afterStep;
    }

    /// <summary>A process that is never killed, counting its steps.</summary>
    public static CrashPoint Never => new(0, afterStep: false);

    public int KillAt { get; }

    public bool AfterStep { get; }

    /// <summary>Steps taken so far (the one that killed included).</summary>
    public int Steps => Volatile.Read(ref _steps);

    public bool IsDead => _killed.Task.IsCompleted;

    /// <summary>
    /// Completes when the process dies with where: "after X" (X took effect), or "before Y after X" (Y did not;
    /// X, the step before it, did), so that a test can tell the window after one kind of step.
    /// </summary>
    public Task<string> Killed => _killed.Task;

    /// <summary>
    /// How many steps of this name took effect in this life, whether or not the process lived to learn it (several
    /// can be in flight when it dies: they reach the platform all the same).
    /// </summary>
    public int TookEffect(string name) => _effects.GetValueOrDefault(name);

    public async Task<T> StepAsync<T>(string name, Func<Task<T>> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        ThrowIfDead();
        var number = Interlocked.Increment(ref _steps);
        if (number == KillAt && !AfterStep)
        {
            throw Die($"before {name} after {Volatile.Read(ref _previous)}");
        }

        var result = await step().ConfigureAwait(false);
        _effects.AddOrUpdate(name, 1, (_, count) => count + 1);
        if (number == KillAt)
        {
            throw Die($"after {name}");
        }

        Volatile.Write(ref _previous, name);

        ThrowIfDead();
        return result;
    }

    public Task StepAsync(string name, Func<Task> step) => StepAsync(name, async () =>
    {
        await step().ConfigureAwait(false);
        return true;
    });

    private void ThrowIfDead()
    {
        if (IsDead)
        {
            throw new ProcessKilledException(_killed.Task.Result);
        }
    }

    private ProcessKilledException Die(string where)
    {
        _killed.TrySetResult(where);
        return new ProcessKilledException(where);
    }
}
