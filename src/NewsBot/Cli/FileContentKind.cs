namespace NewsBot.Cli;

/// <summary>What a file given on the command line holds, before anyone tries to read it as an article.</summary>
internal enum FileContentKind
{
    Text,

    /// <summary>No bytes, or only white space and a byte order mark.</summary>
    Empty,

    /// <summary>NUL bytes, control characters or bytes that are not UTF-8, more than any text file has.</summary>
    NotText,
}
