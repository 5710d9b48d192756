namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>The alias text has a line that is not a group of names; the message names the line.</summary>
public sealed class AliasFormatException : FormatException
{
    public AliasFormatException()
    {
    }

    public AliasFormatException(string message)
        : base(message)
    {
    }

    public AliasFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public AliasFormatException(int line, string problem)
        : base($"line {line}: {problem}")
    {
        Line = line;
    }

    public int Line { get; }
}
