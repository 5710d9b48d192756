namespace NewsBot.Core.Stories;

/// <summary>Languages as bits, so a story's set of languages is one integer; undetermined is none.</summary>
internal static class LanguageBits
{
    public static int Of(string language) => language switch
    {
        "fr" => 1,
        "en" => 2,
        "und" or "" => 0,
        _ => 4,
    };
}
