using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace NewsBot.Telegram.Tests;

/// <summary>Keeps every log line written, formatted, with its exception, so a test can read what an operator would.</summary>
internal sealed class RecordingLogger : ILoggerProvider
{
    private readonly FakeLoggerProvider _fake = new();

    public IReadOnlyList<(LogLevel Level, string Line)> Lines =>
        [.. _fake.Collector.GetSnapshot().Select(record => (record.Level, $"{record.Category}: {record.Message} {record.Exception}"))];

    public ILogger CreateLogger(string categoryName) => _fake.CreateLogger(categoryName);

    public void Dispose() => _fake.Dispose();
}
