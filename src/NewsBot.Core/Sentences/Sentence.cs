namespace NewsBot.Core.Sentences;

/// <summary>A sentence as a token range of the article, inside paragraph <see cref="Paragraph"/>.</summary>
internal readonly record struct Sentence(int FirstToken, int EndToken, int Paragraph);
