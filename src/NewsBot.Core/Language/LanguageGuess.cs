namespace NewsBot.Core.Language;

/// <summary>An ISO 639-1 code ("fr", "en", or "und" when unsure) and how sure we are, 0 to 1.</summary>
internal readonly record struct LanguageGuess(string Code, double Confidence)
{
    public const string Undetermined = "und";

    public bool IsFrench => Code == "fr";
}
