namespace NewsBot.Core.Alerts;

/// <summary>Shortens prose only at sentence or word boundaries, marking a cut with an ellipsis.</summary>
internal static class TextCutter
{
    /// <summary>The text without its last sentence, or null when it has only one.</summary>
    public static string? DropLastSentence(string text)
    {
        var trimmed = text.TrimEnd();
        for (var i = trimmed.Length - 2; i > 0; i--)
        {
            if (trimmed[i] is '.' or '!' or '?' or '…' && trimmed[i + 1] == ' ' && !(i >= 1 && char.IsUpper(trimmed[i - 1]) && (i == 1 || trimmed[i - 2] == ' ')))
            {
                return trimmed[..(i + 1)];
            }
        }

        return null;
    }

    /// <summary>The text without its last word, ending in "…".</summary>
    public static string DropLastWord(string text)
    {
        var trimmed = text.TrimEnd('…', ' ');
        var space = trimmed.LastIndexOf(' ');
        return space <= 0 ? string.Empty : string.Concat(trimmed.AsSpan(0, space).TrimEnd(", ;:"), "…");
    }
}
