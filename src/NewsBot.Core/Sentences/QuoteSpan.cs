namespace NewsBot.Core.Sentences;

/// <summary>A quotation as a token range, opening mark to closing mark included.</summary>
internal readonly record struct QuoteSpan(int FirstToken, int EndToken, int Paragraph)
{
    public bool Contains(int token) => token >= FirstToken && token < EndToken;
}
