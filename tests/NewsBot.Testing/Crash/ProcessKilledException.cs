namespace NewsBot.Testing.Crash;

/// <summary>What every step of a killed process meets: it never gets through.</summary>
public sealed class ProcessKilledException : Exception
{
    public ProcessKilledException()
    {
    }

    public ProcessKilledException(string message)
        : base("The process was killed " + message)
    {
    }

    public ProcessKilledException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
