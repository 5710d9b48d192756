using NewsBot.Core.Articles;

namespace NewsBot.Cli;

/// <summary>An article read from a file given on the command line.</summary>
internal sealed record LocalArticle(string File, RawItem Item);
