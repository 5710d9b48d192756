namespace NewsBot.Core.Commands;

/// <summary>One shell-like word of a command's text: its value without quotes, and where it was typed (end exclusive).</summary>
internal sealed record ArgumentWord(string Value, int Start, int End);
