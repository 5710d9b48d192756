using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Articles;
using NewsBot.Core.Pipeline;
using NewsBot.Testing.Metrics;

namespace NewsBot.Testing.Pipeline;

/// <summary>An <see cref="ArticleFailureRecorder"/> as the host wires it, with the given options (default ones otherwise).</summary>
public static class TestFailureRecorder
{
    public static ArticleFailureRecorder Create(
        IArticleStore articles,
        TimeProvider time,
        IngestionOptions? options = null,
        TestMeterFactory? meters = null,
        ILogger<ArticleFailureRecorder>? logger = null) =>
#pragma warning disable CA2000 // Without a factory of the test's own, the meter lives as long as the test process.
        new(articles, Options.Create(options ?? new IngestionOptions()), new IngestionMetrics(meters ?? new TestMeterFactory()), time, logger ?? NullLogger<ArticleFailureRecorder>.Instance);
#pragma warning restore CA2000
}
