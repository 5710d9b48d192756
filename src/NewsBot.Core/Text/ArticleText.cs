namespace NewsBot.Core.Text;

/// <summary>The normalized article with its folded twin (same offsets) and its tokens.</summary>
internal sealed class ArticleText
{
    public ArticleText(string text, int maxChars = TextNormalizer.MaxChars)
    {
        Text = TextNormalizer.Normalize(text, maxChars);
        Folded = FoldTable.Fold(Text);
        Tokens = Tokenizer.Tokenize(Text, Folded);
    }

    public string Text { get; }

    public string Folded { get; }

    public List<Token> Tokens { get; }

    public int Count => Tokens.Count;

    public ReadOnlySpan<char> Raw(int token) => Text.AsSpan(Tokens[token].Start, Tokens[token].Length);

    public ReadOnlySpan<char> Fold(int token) => Folded.AsSpan(Tokens[token].Start, Tokens[token].Length);

    public bool Is(int token, string folded) => token >= 0 && token < Tokens.Count && Fold(token).SequenceEqual(folded);

    public bool IsIn(int token, WordSet set) => token >= 0 && token < Tokens.Count && set.Contains(Fold(token));

    public bool IsPunct(int token, char c) => token >= 0 && token < Tokens.Count && Tokens[token].Kind == TokenKind.Punct && Text[Tokens[token].Start] == c;

    public TokenKind Kind(int token) => Tokens[token].Kind;

    public bool IsCapitalized(int token) => Tokens[token].Kind == TokenKind.Word && char.IsUpper(Text[Tokens[token].Start]);

    public string Slice(int firstToken, int endToken) => endToken <= firstToken
        ? string.Empty
        : Text[Tokens[firstToken].Start..Tokens[endToken - 1].End];
}
