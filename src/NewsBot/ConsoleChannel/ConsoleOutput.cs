namespace NewsBot.ConsoleChannel;

/// <summary>Where the console channel and the verbs' reports write; standard output, or a test's writer.</summary>
internal sealed record ConsoleOutput(TextWriter Writer);
