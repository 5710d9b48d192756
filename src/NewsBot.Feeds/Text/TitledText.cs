namespace NewsBot.Feeds.Text;

/// <summary>An article's title and the paragraphs of its body.</summary>
internal sealed record TitledText(string Title, IReadOnlyList<string> Body);
