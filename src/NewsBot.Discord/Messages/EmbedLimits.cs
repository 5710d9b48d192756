using NewsBot.Discord.Json;

namespace NewsBot.Discord.Messages;

/// <summary>Discord's embed limits (message resource); a breach gets the whole message refused with a 400.</summary>
internal static class EmbedLimits
{
    public const int Title = 256;
    public const int Description = 4096;
    public const int Fields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int FooterText = 2048;

    /// <summary>Title, description, field names and values and footer together, across all embeds.</summary>
    public const int Total = 6000;

    /// <summary>The characters Discord counts (whitespace at either end is trimmed before counting).</summary>
    public static int Measure(Embed embed)
    {
        ArgumentNullException.ThrowIfNull(embed);
        return Length(embed.Title) + Length(embed.Description) + Length(embed.Footer?.Text)
            + (embed.Fields?.Sum(f => Length(f.Name) + Length(f.Value)) ?? 0);
    }

    /// <summary>True when every single limit and the total hold.</summary>
    public static bool Fits(Embed embed)
    {
        ArgumentNullException.ThrowIfNull(embed);
        return Length(embed.Title) <= Title
            && Length(embed.Description) <= Description
            && Length(embed.Footer?.Text) <= FooterText
            && (embed.Fields?.Count ?? 0) <= Fields
            && (embed.Fields?.All(f => Length(f.Name) is > 0 and <= FieldName && Length(f.Value) is > 0 and <= FieldValue) ?? true)
            && Measure(embed) <= Total;
    }

    private static int Length(string? text) => text?.Trim().Length ?? 0;
}
