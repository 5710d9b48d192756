using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace NewsBot.Telegram.Tests;

/// <summary>Keeps every log line written, formatted, with its exception, so a test can read what an operator would.</summary>
internal sealed class RecordingLogger : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Line)> _lines = new();

    public IReadOnlyList<(LogLevel Level, string Line)> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(RecordingLogger owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner._lines.Enqueue((logLevel, $"{category}: {formatter(state, exception)} {exception}"));
    }
}
