namespace NewsBot.Core.Text;

internal enum TokenKind : byte
{
    Word,
    Number,
    Punct,
}

/// <summary>A span of the article text; <see cref="Gap"/> says what separates it from the previous token.</summary>
internal readonly record struct Token(int Start, int Length, TokenKind Kind, TokenGap Gap)
{
    public int End => Start + Length;

    public bool Glued => Gap == TokenGap.None;
}

internal enum TokenGap : byte
{
    None,
    Space,
    LineBreak,
}
