namespace NewsBot.Core.Text;

/// <summary>Character classes of news typography (typographic quotes, thin spaces used as separators).</summary>
internal static class CharClass
{
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC' or '\u2018';

    public static bool IsHyphen(char c) => c is '-' or '\u2011' or '\u2010';

    /// <summary>Spaces that French typography puts between thousands groups.</summary>
    public static bool IsGroupSpace(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009';

    public static bool IsOpeningQuote(char c) => c is '«' or '“' or '"' or '‹' or '„';

    public static bool IsClosingQuote(char c) => c is '»' or '”' or '"' or '›';

    public static bool IsWordChar(char c) => c < 128 ? char.IsAsciiLetter(c) : char.IsLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    public static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '…';
}
