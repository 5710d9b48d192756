namespace NewsBot.Core.Pipeline;

/// <summary>The per-article steps of the pipeline, as named in failure reasons, logs and metrics.</summary>
public static class ArticleStep
{
    public const string Analysis = "analysis";

    public const string Story = "story";

    public const string Planning = "planning";
}
