using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NewsBot.Core.Subscriptions.Matching;
using NewsBot.Core.Subscriptions.Query;

namespace NewsBot.Core.Commands;

/// <summary>Reads the topic query of a command, or says precisely what is wrong with it.</summary>
internal static class TopicArgument
{
    private const int Context = 20;

    public static bool TryParse(string text, string command, AliasTable aliases, CommandOptions limits, [NotNullWhen(true)] out TopicQuery? query, [NotNullWhen(false)] out Reply? error)
    {
        query = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = Reply.Error($"{command} needs a topic", $"For example: {command} corée du nord");
            return false;
        }

        // The limits are checked before the parser runs (length) or on what it read, each with its own answer.
        if (text.Length > limits.MaxQueryLength)
        {
            error = TooLarge("This topic is too long", $"{Count(text.Length)} characters, at most {Count(limits.MaxQueryLength)}.");
            return false;
        }

        if (!TopicQuery.TryParse(text, aliases, out query, out var problem))
        {
            error = Unreadable(text, problem);
            return false;
        }

        if (query.Terms > limits.MaxQueryTerms)
        {
            error = TooLarge("This topic has too many words", $"{Count(query.Terms)} words, at most {Count(limits.MaxQueryTerms)}.");
        }
        else if (query.Depth > limits.MaxQueryDepth)
        {
            error = TooLarge("This topic is nested too deeply", $"{Count(query.Depth)} levels of parentheses, at most {Count(limits.MaxQueryDepth)}.");
        }
        else
        {
            error = null;
            return true;
        }

        query = null;
        return false;
    }

    private static Reply TooLarge(string title, string size) => Reply.Error(title, size, "Split it into several subscriptions, or keep the words that matter most.");

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static Reply Unreadable(string text, QueryError problem)
    {
        var lines = new List<string> { Capitalized(problem.Message) + "." };
        var at = problem.Position - 1;
        if (at >= 0 && at < text.Length)
        {
            var from = Math.Max(0, at - Context);
            var to = Math.Min(text.Length, at + Context);
            lines.Add($"Here: {(from > 0 ? "…" : "")}{text[from..at]}▸{text[at..to]}{(to < text.Length ? "…" : "")}");
        }

        lines.Add("Words, \"exact phrases\", AND, OR, NOT, -word, word*, lang:fr, source:reuters, feed:NAME, has:figure; see help subscribe.");
        return Reply.Error("I can't read this topic", lines);
    }

    private static string Capitalized(string message) =>
        message.Length == 0 ? message : string.Concat(char.ToUpperInvariant(message[0]).ToString(), message.AsSpan(1));
}
