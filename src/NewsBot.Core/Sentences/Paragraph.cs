namespace NewsBot.Core.Sentences;

/// <summary>A line of the article as a token range, with what kind of line it is.</summary>
internal readonly record struct Paragraph(int FirstToken, int EndToken, ParagraphKind Kind);

internal enum ParagraphKind : byte
{
    /// <summary>Article prose: summary, figures and sources.</summary>
    Content,

    /// <summary>A heading or a title-like line without final punctuation: figures and sources, no summary.</summary>
    Heading,

    /// <summary>The article's title: figures and sources, no summary.</summary>
    Title,

    /// <summary>A photo caption, credit line or video teaser: sources only.</summary>
    Aside,

    /// <summary>Site furniture (navigation, "read more" lists, bios, file names): ignored.</summary>
    Boilerplate,
}
