using System.Diagnostics.CodeAnalysis;
using NewsBot.Core.Subscriptions.Matching;
using NewsBot.Core.Subscriptions.Query;

namespace NewsBot.Core.Commands;

/// <summary>Reads the topic query of a command, or says precisely what is wrong with it.</summary>
internal static class TopicArgument
{
    private const int Context = 20;

    public static bool TryParse(string text, string command, AliasTable aliases, [NotNullWhen(true)] out TopicQuery? query, [NotNullWhen(false)] out Reply? error)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            query = null;
            error = Reply.Error($"{command} needs a topic", $"For example: {command} corée du nord");
            return false;
        }

        if (TopicQuery.TryParse(text, aliases, out query, out var problem))
        {
            error = null;
            return true;
        }

        var lines = new List<string> { Capitalized(problem.Message) + "." };
        var at = problem.Position - 1;
        if (at >= 0 && at < text.Length)
        {
            var from = Math.Max(0, at - Context);
            var to = Math.Min(text.Length, at + Context);
            lines.Add($"Here: {(from > 0 ? "…" : "")}{text[from..at]}▸{text[at..to]}{(to < text.Length ? "…" : "")}");
        }

        lines.Add("Words, \"exact phrases\", AND, OR, NOT, -word, word*, lang:fr, source:reuters, feed:NAME, has:figure; see help subscribe.");
        error = Reply.Error("I can't read this topic", lines);
        return false;
    }

    private static string Capitalized(string message) =>
        message.Length == 0 ? message : string.Concat(char.ToUpperInvariant(message[0]).ToString(), message.AsSpan(1));
}
