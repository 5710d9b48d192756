namespace NewsBot.Cli;

internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The work itself failed (a feed could not be read, a file is missing).</summary>
    public const int Failure = 1;

    /// <summary>The configuration or the command line is wrong; nothing was done.</summary>
    public const int BadConfiguration = 2;

    /// <summary>Stopped by Ctrl+C or SIGTERM before the work was done (128 + SIGINT, as shells report it); what was stored stays.</summary>
    public const int Interrupted = 130;
}
