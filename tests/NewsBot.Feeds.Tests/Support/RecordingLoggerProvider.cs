using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace NewsBot.Feeds.Tests.Support;

/// <summary>Keeps every log entry so a test can check that something was logged (FakeLogger's collector underneath).</summary>
internal sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly FakeLoggerProvider _fake = new();

    public IReadOnlyList<LogEntry> Entries =>
        [.. _fake.Collector.GetSnapshot().Select(record => new LogEntry(record.Level, record.Id, record.Message))];

    public ILogger CreateLogger(string categoryName) => _fake.CreateLogger(categoryName);

    public void Dispose() => _fake.Dispose();

    internal sealed record LogEntry(LogLevel Level, EventId EventId, string Message);
}
