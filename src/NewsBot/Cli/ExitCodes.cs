namespace NewsBot.Cli;

internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The work itself failed (a feed could not be read, a file is missing).</summary>
    public const int Failure = 1;

    /// <summary>The configuration or the command line is wrong; nothing was done.</summary>
    public const int BadConfiguration = 2;
}
