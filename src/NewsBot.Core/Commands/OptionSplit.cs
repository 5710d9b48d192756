namespace NewsBot.Core.Commands;

/// <summary>What <see cref="CommandArguments.TakeOptions"/> found.</summary>
/// <param name="Options">Each option's value by its lower-case name; the value may be empty (<c>tz:</c>).</param>
/// <param name="Rest">The text without the options, as typed.</param>
/// <param name="Repeated">The name of an option given twice, if any.</param>
internal sealed record OptionSplit(IReadOnlyDictionary<string, string> Options, string Rest, string? Repeated);
