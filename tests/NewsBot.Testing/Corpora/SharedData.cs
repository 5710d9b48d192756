namespace NewsBot.Testing.Corpora;

/// <summary>
/// The project's shared test data (<c>../shared</c> beside the repository: gold files, the dev corpora).
/// A clone on its own has none, so tests needing it are skipped, with the reason, unless
/// <c>NEWSBOT_TEST_SHARED_REQUIRED=1</c> (CI), where they run and fail instead.
/// </summary>
public static class SharedData
{
    public const string RequiredVariable = "NEWSBOT_TEST_SHARED_REQUIRED";

    public static string Root => RepositoryRoot.Shared;

    /// <summary>A path inside <c>../shared</c>, e.g. <c>Path("corpus", "figures-dev", "gold.json")</c>.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>Why tests needing <c>../shared</c> are skipped here, or null when they run.</summary>
    public static string? SkipReason =>
        Environment.GetEnvironmentVariable(RequiredVariable) == "1" || Directory.Exists(Root)
            ? null
            : $"needs the shared test data at {Root} (gold files and corpora beside the repository; .ci/run requires it).";
}
